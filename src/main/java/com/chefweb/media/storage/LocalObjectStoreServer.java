package com.chefweb.media.storage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The S3-compatible store the service runs in process when none is configured: S3Proxy over a local folder (or
 * memory). It checks signatures like S3 does, with credentials made up at each start, so presigned uploads are
 * refused here exactly when S3 would refuse them.
 */
final class LocalObjectStoreServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalObjectStoreServer.class);

    private final S3Proxy proxy;
    private final String accessKey;
    private final String secretKey;

    LocalObjectStoreServer(MediaSettings settings, List<String> browserOrigins) throws Exception {
        SecureRandom random = new SecureRandom();
        this.accessKey = "local-" + HexFormat.of().formatHex(random.generateSeed(8));
        this.secretKey = HexFormat.of().formatHex(random.generateSeed(24));
        Properties properties = new Properties();
        String folder = settings.localDirectory();
        BlobStore blobs;
        if (folder != null) {
            Path base = Path.of(folder).toAbsolutePath();
            Files.createDirectories(base);
            properties.setProperty("jclouds.filesystem.basedir", base.toString());
            blobs = BlobStores.create("filesystem-nio2", properties);
        } else {
            blobs = BlobStores.create("transient-nio2", properties);
        }
        if (!blobs.containerExists(settings.bucket())) {
            blobs.createContainer(settings.bucket());
        }
        this.proxy = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:" + settings.localPort()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                // the admin console uploads from the storefront's origin, straight to this store
                .corsRules(new CrossOriginResourceSharing(browserOrigins, List.of("GET", "HEAD", "PUT"),
                        List.of("*"), List.of("ETag"), "false"))
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        log.info("Media files are kept by the in-process store at {} ({})", endpoint(),
                folder != null ? folder : "in memory");
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Where browsers upload: the configured public address, or the loopback one. */
    URI publicEndpoint(MediaSettings settings) {
        return settings.localPublicUrl() != null ? URI.create(settings.localPublicUrl()) : endpoint();
    }

    String accessKey() {
        return accessKey;
    }

    String secretKey() {
        return secretKey;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }

}
