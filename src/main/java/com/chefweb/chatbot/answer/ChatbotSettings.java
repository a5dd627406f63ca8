package com.chefweb.chatbot.answer;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The model behind the chatbot ({@code chefweb.chatbot}). Without an API key the deterministic responder answers
 * everything. Any OpenAI-compatible server works: set {@code baseUrl}.
 *
 * @param timeout how long one model call may take; the storefront's widget gives up after a few seconds, so the
 *     fallback must still have time to answer
 * @param maxCompletionTokens the longest answer, in tokens (the PRD's 200, plus the structured envelope)
 * @param dailyTokenBudget tokens the model may use per day across every instance; beyond it the fallback answers
 * @param maxToolRounds how many rounds of tool calls (quotes, locations) one answer may take
 * @param maxIdleConnections connections to the model kept open between answers
 */
@ConfigurationProperties("chefweb.chatbot")
public record ChatbotSettings(@Nullable String apiKey, String baseUrl, String model, Duration timeout,
        int maxCompletionTokens, long dailyTokenBudget, int maxMessageChars, int maxToolRounds,
        int maxIdleConnections) {

    public ChatbotSettings {
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.openai.com/v1" : baseUrl.strip();
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model.strip();
        timeout = timeout == null ? Duration.ofSeconds(4) : timeout;
        maxCompletionTokens = maxCompletionTokens <= 0 ? 350 : maxCompletionTokens;
        dailyTokenBudget = dailyTokenBudget <= 0 ? 2_000_000 : dailyTokenBudget;
        maxMessageChars = maxMessageChars <= 0 ? 1000 : maxMessageChars;
        maxToolRounds = maxToolRounds <= 0 ? 3 : maxToolRounds;
        maxIdleConnections = maxIdleConnections <= 0 ? 256 : maxIdleConnections;
    }

    public boolean modelConfigured() {
        return apiKey != null;
    }
}
