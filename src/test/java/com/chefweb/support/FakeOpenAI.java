package com.chefweb.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's chat completions API faked with WireMock, so the real openai-java client sends its real requests. With no
 * stub set, every call fails (404), and the chatbot's fallback answers: tests stub what the model should say.
 */
public final class FakeOpenAI {

    public static final String PATH = "/v1/chat/completions";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer SERVER = start();

    private FakeOpenAI() {
    }

    public static WireMockServer server() {
        return SERVER;
    }

    public static void register(DynamicPropertyRegistry properties) {
        properties.add("chefweb.chatbot.api-key", () -> "sk-test-fake");
        properties.add("chefweb.chatbot.base-url", () -> SERVER.baseUrl() + "/v1");
        properties.add("chefweb.chatbot.timeout", () -> "PT1S");
    }

    public static void reset() {
        SERVER.resetAll();
    }

    /** The model answers with this structured reply. */
    public static void answers(String response, String intent, double confidence) {
        SERVER.stubFor(post(urlPathEqualTo(PATH)).willReturn(completion(content(response, intent, confidence))));
    }

    /** The model first calls a tool with these arguments, then, given its result, answers. */
    public static void callsThenAnswers(String tool, String argumentsJson, String response, String intent) {
        SERVER.stubFor(post(urlPathEqualTo(PATH)).inScenario("tool").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(toolCall(tool, argumentsJson)).willSetStateTo("answered tool"));
        SERVER.stubFor(post(urlPathEqualTo(PATH)).inScenario("tool").whenScenarioStateIs("answered tool")
                .willReturn(completion(content(response, intent, 0.9))));
    }

    public static void respondsWith(ResponseDefinitionBuilder response) {
        SERVER.stubFor(post(urlPathEqualTo(PATH)).willReturn(response));
    }

    public static ResponseDefinitionBuilder completion(String messageContent) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-test","object":"chat.completion","created":1764633600,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
                   "finish_reason":"stop","logprobs":null}],
                 "usage":{"prompt_tokens":812,"completion_tokens":64,"total_tokens":876}}"""
                .formatted(JSON.writeValueAsString(messageContent)));
    }

    private static ResponseDefinitionBuilder toolCall(String tool, String argumentsJson) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-tool","object":"chat.completion","created":1764633600,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":null,
                   "tool_calls":[{"id":"call_1","type":"function","function":{"name":"%s","arguments":%s}}]},
                   "finish_reason":"tool_calls","logprobs":null}],
                 "usage":{"prompt_tokens":800,"completion_tokens":20,"total_tokens":820}}"""
                .formatted(tool, JSON.writeValueAsString(argumentsJson)));
    }

    private static String content(String response, String intent, double confidence) {
        return JSON.writeValueAsString(java.util.Map.of("response", response, "intent", intent,
                "confidence", confidence, "quickReplies", java.util.List.of("Book now", "See packages")));
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }
}
