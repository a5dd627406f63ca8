package com.chefweb.chatbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reply, before it is made safe for the page.
 *
 * @param prefill booking form fields this reply may fill in (the storefront's names), empty for none
 * @param source {@code model}, {@code fallback}, {@code validation} or {@code safety}
 * @param flags what the owner should notice about this exchange
 */
public record Answer(String response, Intent intent, double confidence, Map<String, Object> prefill,
        List<String> quickReplies, String source, Set<String> flags, int promptTokens, int completionTokens) {

    public Answer {
        prefill = Map.copyOf(prefill);
        quickReplies = List.copyOf(quickReplies);
        flags = Set.copyOf(flags);
    }

    public Answer withFlags(Set<String> more) {
        java.util.Set<String> all = new java.util.TreeSet<>(flags);
        all.addAll(more);
        return new Answer(response, intent, confidence, prefill, quickReplies, source, all, promptTokens,
                completionTokens);
    }
}
