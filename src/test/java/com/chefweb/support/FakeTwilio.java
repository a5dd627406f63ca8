package com.chefweb.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Twilio's Messages API faked at the HTTP client the real twilio SDK is given (the SDK has no base-address setting):
 * the SDK builds, signs and parses its real requests and answers; this only stands in for the network. It answers
 * 201 with a message, as Twilio does, unless a test scripts other answers first.
 */
public final class FakeTwilio extends HttpClient {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";
    public static final String AUTH_TOKEN = "twilio-auth-token-for-tests";
    public static final String FROM = "+14155550100";
    public static final String BASE_URL = "http://localhost:4000";
    private static final FakeTwilio INSTANCE = new FakeTwilio();
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.US);

    private final List<Map<String, String>> texts = new CopyOnWriteArrayList<>();
    private final Deque<Response> scripted = new ArrayDeque<>();

    private FakeTwilio() {
    }

    public static void register(DynamicPropertyRegistry properties) {
        properties.add("chefweb.notify.sms.account-sid", () -> ACCOUNT_SID);
        properties.add("chefweb.notify.sms.auth-token", () -> AUTH_TOKEN);
        properties.add("chefweb.notify.sms.from-number", () -> FROM);
        properties.add("chefweb.notify.sms.public-base-url", () -> BASE_URL);
    }

    public static void reset() {
        synchronized (INSTANCE) {
            INSTANCE.texts.clear();
            INSTANCE.scripted.clear();
        }
    }

    /** The next answers, in order, before the fake accepts texts again. */
    public static void answer(int status, String body, int times) {
        synchronized (INSTANCE) {
            for (int i = 0; i < times; i++) {
                INSTANCE.scripted.add(new Response(body, status));
            }
        }
    }

    /** The forms of every create-message request that was accepted, to this number, oldest first. */
    public static List<Map<String, String>> textsTo(String phone) {
        return INSTANCE.texts.stream().filter(text -> phone.equals(text.get("To"))).toList();
    }

    /** Every create-message request the SDK made, accepted or not. */
    public static int requests() {
        return INSTANCE.attempts;
    }

    /**
     * The signature Twilio puts on a request it makes to {@code url} with this form: HMAC-SHA1 with the auth token
     * over the address and each parameter's name and value in name order, Base64.
     */
    public static String signature(String url, Map<String, String> form) {
        return sign(url, form);
    }

    private static String sign(String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        form.keySet().stream().sorted().forEach(key -> data.append(key).append(form.get(key)));
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(data.toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private volatile int attempts;

    @Override
    public synchronized Response makeRequest(Request request) {
        attempts++;
        if (!request.getUrl().endsWith("/Accounts/" + ACCOUNT_SID + "/Messages.json")) {
            return new Response("{\"code\":20404,\"message\":\"not faked\",\"status\":404}", 404);
        }
        Response next = scripted.poll();
        if (next != null) {
            return next;
        }
        Map<String, String> form = form(request);
        texts.add(form);
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        String now = RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));
        return new Response("{\"sid\":\"" + sid + "\",\"account_sid\":\"" + ACCOUNT_SID + "\",\"to\":\""
                + form.get("To") + "\",\"from\":\"" + form.get("From") + "\",\"status\":\"queued\","
                + "\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\",\"num_segments\":\"1\","
                + "\"date_created\":\"" + now + "\",\"date_updated\":\"" + now + "\",\"uri\":\"/2010-04-01/Accounts/"
                + ACCOUNT_SID + "/Messages/" + sid + ".json\"}", 201);
    }

    /** The form the SDK posted, decoded. */
    private static Map<String, String> form(Request request) {
        Map<String, String> form = new LinkedHashMap<>();
        request.getPostParams().forEach((key, values) -> form.put(key, values.getFirst()));
        if (form.isEmpty() && request.getBody() != null) {
            for (String pair : request.getBody().split("&")) {
                String[] parts = pair.split("=", 2);
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return form;
    }

    /** Import into a test to give the service's Twilio SDK this client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        HttpClient twilioHttpClient() {
            return INSTANCE;
        }
    }
}
