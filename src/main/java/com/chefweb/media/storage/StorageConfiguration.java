package com.chefweb.media.storage;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import com.chefweb.shared.web.CorsProperties;

/**
 * The S3 client and presigner for the configured store, or for the in-process one when none is configured. Both are
 * built the same way, so the local mode exercises the production path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaSettings.class)
class StorageConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StorageConfiguration.class);

    /** Only when no store is configured. */
    @Bean(destroyMethod = "close")
    @Nullable
    LocalObjectStoreServer localObjectStoreServer(MediaSettings settings, ObjectProvider<CorsProperties> cors,
            org.springframework.core.env.Environment environment) throws Exception {
        if (!settings.local()) {
            return null;
        }
        if (environment.getProperty("spring.datasource.url", "").isBlank() == false) {
            log.warn("Media files are kept by an in-process store on this machine while the database is shared: with"
                    + " several instances, or on a machine whose disk does not last, configure S3 (README, videos)");
        }
        CorsProperties origins = cors.getIfAvailable();
        return new LocalObjectStoreServer(settings, origins == null ? java.util.List.of() : origins.allowedOrigins());
    }

    @Bean(destroyMethod = "close")
    S3Client s3Client(MediaSettings settings, ObjectProvider<LocalObjectStoreServer> local) {
        Target target = target(settings, local.getIfAvailable());
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(target.credentials())
                .forcePathStyle(target.pathStyle())
                // S3-compatible stores do not all take the SDK's default checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (target.endpoint() != null) {
            builder.endpointOverride(target.endpoint());
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    S3Presigner s3Presigner(MediaSettings settings, ObjectProvider<LocalObjectStoreServer> local) {
        LocalObjectStoreServer server = local.getIfAvailable();
        Target target = server == null ? target(settings, null)
                : new Target(server.publicEndpoint(settings), target(settings, server).credentials(), true);
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(target.credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(target.pathStyle()).build());
        if (target.endpoint() != null) {
            builder.endpointOverride(target.endpoint());
        }
        return builder.build();
    }

    @Bean
    ObjectStore objectStore(S3Client s3, S3Presigner presigner, MediaSettings settings) {
        return new ObjectStore(s3, presigner, settings.bucket());
    }

    private static Target target(MediaSettings settings, @Nullable LocalObjectStoreServer local) {
        if (local != null) {
            return new Target(local.endpoint(), StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(local.accessKey(), local.secretKey())), true);
        }
        AwsCredentialsProvider credentials = settings.accessKey() != null && settings.secretKey() != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        return new Target(settings.endpoint() == null ? null : URI.create(settings.endpoint()), credentials,
                settings.pathStyle());
    }

    private record Target(@Nullable URI endpoint, AwsCredentialsProvider credentials, boolean pathStyle) {
    }
}
