package com.chefweb.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import tools.jackson.databind.JsonNode;


import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.TestAccounts;

/**
 * The owner uploads a promo video and its poster straight to storage through presigned URLs (the real AWS SDK
 * against the in-process S3-compatible store), registers it, and the storefront's home page plays it; viewers'
 * player events add up in the owner's summary.
 */
class MediaTests extends FakeStripeAndSendGrid {

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    com.chefweb.support.PublishedEventLog published;

    @Autowired
    S3Client storage;

    HttpApi api;
    HttpApi admin;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        admin = api.asAdmin();
    }

    @Test
    void aVideoUploadedThroughItsPresignedUrlPlaysOnTheHomePageUntilItIsDeleted() throws Exception {
        byte[] film = mp4(200_000);
        String videoKey = upload("video", "video/mp4", film);
        String posterKey = upload("thumbnail", "image/png", png(3_000));

        Response registered = admin.post("/api/videos", """
                {"title":"Hibachi night","description":"Fire, shrimp and onion volcanoes","videoKey":"%s",
                 "thumbnailKey":"%s","homepage":true}""".formatted(videoKey, posterKey));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String videoId = registered.json().get("id").asString();
        assertThat(registered.json().get("bytes").asLong()).isEqualTo(film.length);
        Response home = api.get("/api/videos/homepage");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.json().get("videoId").asString()).isEqualTo(videoId);
        assertThat(home.json().get("title").asString()).isEqualTo("Hibachi night");
        assertThat(home.header("Cache-Control")).contains("max-age=60");
        assertThat(api.send("GET", "/api/videos/homepage", null, Map.of("If-None-Match", home.header("ETag")))
                .status()).isEqualTo(304);

        HttpResponse<byte[]> whole = download(home.json().get("videoUrl").asString(), null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(film);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        HttpResponse<byte[]> seek = download(home.json().get("videoUrl").asString(), "bytes=1000-1999");
        assertThat(seek.statusCode()).isEqualTo(206);
        assertThat(seek.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + film.length);
        assertThat(seek.body()).isEqualTo(Arrays.copyOfRange(film, 1000, 2000));
        assertThat(download(home.json().get("thumbnailUrl").asString(), null).statusCode()).isEqualTo(200);

        assertThat(admin.send("DELETE", "/api/videos/" + videoId, null, Map.of()).status()).isEqualTo(204);

        Response fallback = api.get("/api/videos/homepage");
        assertThat(fallback.json().get("videoUrl").asString()).isEmpty();
        assertThat(fallback.json().get("videoId").asString()).isEqualTo("homepage_video");
        assertThat(download(home.json().get("videoUrl").asString(), null).statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/videos/" + videoId).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(stored(videoKey)).isFalse();
            assertThat(stored(posterKey)).isFalse();
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                admin.get("/api/admin/audit?resource_type=video&resource_id=" + videoId).body())
                .contains("video.created", "video.deleted"));
    }

    @Test
    void aSecondHomepageVideoReplacesTheFirstEvenWhenTwoAreChosenAtOnce() throws Exception {
        String first = register("First", true);
        String second = register("Second", false);
        String third = register("Third", false);
        assertThat(api.get("/api/videos/homepage").json().get("videoId").asString()).isEqualTo(first);

        CompletableFuture<Response> a = CompletableFuture.supplyAsync(
                () -> admin.patch("/api/videos/" + second, "{\"homepage\":true}"));
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(
                () -> admin.patch("/api/videos/" + third, "{\"homepage\":true}"));

        assertThat(a.get().status()).isEqualTo(200);
        assertThat(b.get().status()).isEqualTo(200);
        List<String> onHomepage = StreamSupport.stream(
                        admin.get("/api/videos?limit=100").json().get("videos").spliterator(), false)
                .filter(video -> video.get("homepage").asBoolean()).map(video -> video.get("id").asString())
                .toList();
        assertThat(onHomepage).hasSize(1).containsAnyOf(second, third);
        assertThat(api.get("/api/videos/homepage").json().get("videoId").asString()).isEqualTo(onHomepage.get(0));

        Response off = admin.patch("/api/videos/" + onHomepage.get(0), "{\"homepage\":false,\"title\":\"Retired\"}");
        assertThat(off.json().get("homepage").asBoolean()).isFalse();
        assertThat(off.json().get("title").asString()).isEqualTo("Retired");
        assertThat(api.get("/api/videos/homepage").json().get("videoUrl").asString()).isEmpty();
    }

    @Test
    void whatStorageWouldNotTrustIsRefusedAndNothingIsKept() throws Exception {
        Response gif = admin.post("/api/videos/presign", "{\"kind\":\"video\",\"contentType\":\"image/gif\",\"size\":10}");
        assertThat(gif.status()).isEqualTo(400);
        assertThat(gif.body()).contains("contentType");
        Response huge = admin.post("/api/videos/presign",
                "{\"kind\":\"thumbnail\",\"contentType\":\"image/png\",\"size\":104857600}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("maxBytes").asLong()).isEqualTo(10_485_760L);

        Response notOurs = admin.post("/api/videos",
                "{\"title\":\"Stolen\",\"videoKey\":\"videos/2026/12/" + UUID.randomUUID() + ".mp4\"}");
        assertThat(notOurs.status()).isEqualTo(400);
        assertThat(notOurs.body()).contains("videoKey");

        // declared an mp4, sent a picture
        byte[] picture = png(5_000);
        JsonNode grant = presign("video", "video/mp4", picture.length);
        assertThat(put(grant, picture)).isEqualTo(200);
        Response liar = admin.post("/api/videos", "{\"title\":\"Liar\",\"videoKey\":\"" + grant.get("key").asString() + "\"}");
        assertThat(liar.status()).isEqualTo(400);
        assertThat(liar.body()).contains("not video/mp4");
        assertThat(stored(staging(grant))).isFalse();
        assertThat(stored(grant.get("key").asString())).isFalse();
        assertThat(admin.post("/api/uploads/" + grant.get("uploadId").asString() + "/verify", "").status()).isEqualTo(400);

        // a file of another size than signed never reaches storage
        JsonNode small = presign("video", "video/mp4", 1_000);
        assertThat(put(small, mp4(2_000))).isEqualTo(403);
        Response missing = admin.post("/api/videos", "{\"title\":\"Nothing\",\"videoKey\":\"" + small.get("key").asString() + "\"}");
        assertThat(missing.status()).isEqualTo(409);

        // a file put there behind the URL's back, larger than declared, is refused and removed
        JsonNode bypassed = presign("video", "video/mp4", 1_000);
        storage.putObject(put -> put.bucket("chefweb-media").key(staging(bypassed)).contentType("video/mp4"),
                RequestBody.fromBytes(mp4(50_000)));
        Response oversized = admin.post("/api/uploads/" + bypassed.get("uploadId").asString() + "/verify", "");
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.body()).contains("not the 1000 declared");
        assertThat(stored(staging(bypassed))).isFalse();
        assertThat(stored(bypassed.get("key").asString())).isFalse();
        assertThat(admin.get("/api/videos?limit=100").body()).doesNotContain("Liar", "Nothing");
    }

    @Test
    void aCheckedFileCannotBeSwappedAndIsServedWithRangesAndRevalidation() throws Exception {
        byte[] film = mp4(30_000);
        JsonNode grant = presign("video", "video/mp4", film.length);
        assertThat(put(grant, film)).isEqualTo(200);
        Response registered = admin.post("/api/videos", "{\"title\":\"Original cut\",\"videoKey\":\""
                + grant.get("key").asString() + "\"}");
        assertThat(registered.status()).isEqualTo(201);
        String url = registered.json().get("videoUrl").asString();

        // the same presigned URL, still valid, used again with other bytes of the same size and type
        byte[] other = mp4(30_000);
        other[100] ^= 0x55;
        assertThat(put(grant, other)).isEqualTo(200);
        assertThat(download(url, null).body()).isEqualTo(film);

        HttpResponse<byte[]> head = fetch("HEAD", url, Map.of());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(film.length);
        String etag = head.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch("GET", url, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> tail = download(url, "bytes=-100");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(film, film.length - 100, film.length));
        HttpResponse<byte[]> open = download(url, "bytes=29990-");
        assertThat(open.headers().firstValue("Content-Range")).hasValue("bytes 29990-29999/30000");
        HttpResponse<byte[]> beyond = download(url, "bytes=999999999999-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */30000");
        assertThat(download(url, "bytes=500-100").statusCode()).isEqualTo(200);
        assertThat(fetch("GET", url, Map.of("Range", "bytes=0-9", "If-Range", "\"another\"")).statusCode())
                .isEqualTo(200);
        assertThat(download(url.replace(".mp4", ".exe"), null).statusCode()).isEqualTo(404);
        assertThat(admin.patch("/api/videos/" + registered.json().get("id").asString(),
                "{\"title\":\"Bad\\u0000title\"}").status()).isEqualTo(400);
    }

    @Test
    void chefsUploadTheirOwnPhotosAndNobodyElseChecksThem() throws Exception {
        String email = TestAccounts.uniqueEmail("chef");
        Response created = admin.post("/api/admin/users", "{\"email\":\"" + email + "\",\"name\":\"Kai Tanaka\","
                + "\"password\":\"" + TestAccounts.GOOD_PASSWORD + "\",\"role\":\"chef\"}");
        assertThat(created.status()).as(created.body()).isBetween(200, 201);
        HttpApi chef = api.signedIn(email, TestAccounts.GOOD_PASSWORD);
        byte[] photo = png(4_000);

        Response grant = chef.post("/api/uploads", "{\"purpose\":\"chef_profile_photo\",\"contentType\":\"image/png\","
                + "\"size\":" + photo.length + "}");
        assertThat(grant.status()).as(grant.body()).isEqualTo(201);
        assertThat(chef.post("/api/uploads", "{\"purpose\":\"video\",\"contentType\":\"video/mp4\",\"size\":10}")
                .status()).isEqualTo(403);
        assertThat(put(grant.json(), photo)).isEqualTo(200);
        String verify = "/api/uploads/" + grant.json().get("uploadId").asString() + "/verify";
        String otherEmail = TestAccounts.uniqueEmail("otherchef");
        admin.post("/api/admin/users", "{\"email\":\"" + otherEmail + "\",\"name\":\"Ana Ruiz\",\"password\":\""
                + TestAccounts.GOOD_PASSWORD + "\",\"role\":\"chef\"}");
        assertThat(api.signedIn(otherEmail, TestAccounts.GOOD_PASSWORD).post(verify, "").status()).isEqualTo(404);

        Response checked = chef.post(verify, "");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("status").asString()).isEqualTo("verified");
        assertThat(download(checked.json().get("publicUrl").asString(), null).body()).isEqualTo(photo);
    }

    @Test
    void onlyAdminsManageVideos() {
        String email = TestAccounts.uniqueEmail("viewer");
        HttpApi customer = com.chefweb.support.SignUpLinks.storefrontCustomer(api, published, email, "Vic Viewer");
        String request = "{\"kind\":\"video\",\"contentType\":\"video/mp4\",\"size\":1000}";

        assertThat(api.post("/api/videos/presign", request).status()).isEqualTo(401);
        assertThat(customer.post("/api/videos/presign", request).status()).isEqualTo(403);
        assertThat(customer.post("/api/uploads",
                "{\"purpose\":\"chef_profile_photo\",\"contentType\":\"image/png\",\"size\":10}").status()).isEqualTo(403);
        assertThat(customer.post("/api/videos", "{\"title\":\"x\",\"videoKey\":\"x\"}").status()).isEqualTo(403);
        assertThat(customer.get("/api/videos").status()).isEqualTo(403);
        assertThat(customer.patch("/api/videos/" + UUID.randomUUID(), "{\"homepage\":true}").status()).isEqualTo(403);
        assertThat(customer.get("/api/analytics/video/summary").status()).isEqualTo(403);
        assertThat(admin.post("/api/uploads", "{\"purpose\":\"menu\",\"contentType\":\"image/png\",\"size\":10}")
                .json().get("errors").toString()).contains("purpose");
        assertThat(admin.get("/api/videos/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void theOwnersSummaryAddsUpWhatViewersDid() throws Exception {
        String videoId = register("Summary", false);
        Map<String, Integer> sent = new HashMap<>(Map.of("video_view_start", 4, "video_25_percent", 3,
                "video_50_percent", 2, "video_75_percent", 2, "video_complete", 1));
        sent.forEach((event, times) -> {
            for (int i = 0; i < times; i++) {
                assertThat(sendEvent(event, videoId, null).status()).isEqualTo(201);
            }
        });
        assertThat(sendEvent("video_error", videoId, "play_failed").status()).isEqualTo(201);
        assertThat(sendEvent("video_error", videoId, "media_error").status()).isEqualTo(201);
        assertThat(sendEvent("video_error", videoId, "media_error").status()).isEqualTo(201);
        assertThat(sendEvent("video_error", videoId, "<script>").status()).isEqualTo(201);
        assertThat(sendEvent("video_view_start", "not-a-video-" + UUID.randomUUID(), null).status()).isEqualTo(400);
        assertThat(sendEvent("video_view_start", "a\u0000b", null).status()).isEqualTo(400);
        Response wrong = sendEvent("video_paused", videoId, null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("event");
        assertThat(api.post("/api/analytics/video", "{\"event\":\"video_complete\",\"videoId\":\"" + videoId
                + "\",\"timestamp\":\"yesterday\"}").status()).isEqualTo(400);

        JsonNode summary = admin.get("/api/analytics/video/summary?videoId=" + videoId).json();
        String today = summary.get("to").asString();
        JsonNode video = summary.get("videos").get(0);
        assertThat(summary.get("videos").size()).isEqualTo(1);
        JsonNode totals = video.get("totals");
        assertThat(totals.get("views").asInt()).isEqualTo(4);
        assertThat(totals.get("reached25").asInt()).isEqualTo(3);
        assertThat(totals.get("reached50").asInt()).isEqualTo(2);
        assertThat(totals.get("reached75").asInt()).isEqualTo(2);
        assertThat(totals.get("completed").asInt()).isEqualTo(1);
        assertThat(totals.get("completionRate").asDouble()).isEqualTo(0.25);
        assertThat(totals.get("errors").get("media_error").asInt()).isEqualTo(2);
        assertThat(totals.get("errors").get("play_failed").asInt()).isEqualTo(1);
        assertThat(totals.get("errors").get("other").asInt()).isEqualTo(1);
        assertThat(totals.get("errorCount").asInt()).isEqualTo(4);
        assertThat(video.get("days").get(0).get("date").asString()).isEqualTo(today);
        assertThat(admin.get("/api/analytics/video/summary?from=2026-12-10&to=2026-12-01").status()).isEqualTo(400);
        assertThat(admin.get("/api/analytics/video/summary?from=6000000-01-01&to=6000000-01-02").status())
                .isEqualTo(400);
    }

    private Response sendEvent(String event, String videoId, String reason) {
        return api.post("/api/analytics/video", "{\"event\":\"" + event + "\",\"videoId\":\"" + videoId
                + "\",\"timestamp\":\"2026-12-02T18:30:00.000Z\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                + "}");
    }

    private String register(String title, boolean homepage) throws Exception {
        String key = upload("video", "video/webm", webm(4_000));
        Response registered = admin.post("/api/videos",
                "{\"title\":\"" + title + "\",\"videoKey\":\"" + key + "\",\"homepage\":" + homepage + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    /** Presigns, then PUTs the file as a browser would. @return its key */
    private String upload(String kind, String contentType, byte[] file) throws Exception {
        JsonNode grant = presign(kind, contentType, file.length);
        assertThat(put(grant, file)).isEqualTo(200);
        return grant.get("key").asString();
    }

    private JsonNode presign(String kind, String contentType, long size) {
        Response response = admin.post("/api/videos/presign",
                "{\"kind\":\"" + kind + "\",\"contentType\":\"" + contentType + "\",\"size\":" + size + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("method").asString()).isEqualTo("PUT");
        return response.json();
    }

    private static int put(JsonNode grant, byte[] file) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(grant.get("uploadUrl").asString()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file));
        grant.get("headers").properties().forEach(header -> request.header(header.getKey(), header.getValue().asString()));
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<byte[]> download(String url, String range) throws IOException, InterruptedException {
        return fetch("GET", url, range == null ? Map.of() : Map.of("Range", range));
    }

    /** Public URLs name the service's configured address; the test server listens on a port of its own. */
    private HttpResponse<byte[]> fetch(String method, String url, Map<String, String> headers)
            throws IOException, InterruptedException {
        assertThat(url).startsWith("http://localhost:4000/media/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replace("http://localhost:4000",
                "http://localhost:" + port))).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The private key the browser uploads to, from the presigned URL's path. */
    private static String staging(JsonNode grant) {
        String path = URI.create(grant.get("uploadUrl").asString()).getPath();
        assertThat(path).startsWith("/chefweb-media/incoming/");
        return path.substring("/chefweb-media/".length());
    }

    private boolean stored(String key) {
        try {
            storage.headObject(head -> head.bucket("chefweb-media").key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    private static byte[] mp4(int size) {
        return file(size, new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'});
    }

    private static byte[] webm(int size) {
        return file(size, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
    }

    private static byte[] png(int size) {
        return file(size, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    }

    private static byte[] file(int size, byte[] signature) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
