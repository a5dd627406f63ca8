package com.chefweb.chatbot.answer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks at what a customer wrote before any model sees it: abuse and harmful requests get a polite refusal, and so
 * do attempts to make the assistant drop its instructions or reveal them. Deliberately conservative: a false alarm
 * costs a customer one rephrased question; a miss costs a prompt shown to the world.
 */
final class SafetyScreen {

    /** Words refused as profanity or slurs, whole words only (shiitake and Fagan stay welcome). */
    private static final Pattern PROFANITY = Pattern.compile(
            "\\b(f+u*c+k+(?:ing|in|er|ers|ed|s)?|shit(?:s|ty|ting|head|heads)?|bitch(?:es|y)?|bastards?"
                    + "|assholes?|cunts?|dick ?heads?|motherf\\w*|wank(?:er|ers)?|twats?|sluts?|whores?|retard(?:s|ed)?"
                    + "|fag(?:s|got|gots)?|nigg\\w*|spics?|chinks?|kikes?)\\b");
    /** Threats aimed at a person; "I'll shoot you an email" is not one. */
    private static final Pattern HARASSMENT = Pattern.compile(
            "\\b(?:i(?:'| a)?m going to|i will|i'll|gonna)\\s+(?:kill|hurt|stab|beat)\\s+(?:you|the chef)\\b"
                    + "|\\b(?:i(?:'| a)?m going to|i will|i'll|gonna)\\s+shoot\\s+(?:you|the chef)\\b"
                    + "(?!\\s+(?:an?|the)\\s+(?:email|text|message|note|line|call))"
                    + "|\\b(?:kill|rape)\\s+(?:you|yourself)\\b|\\bkys\\b|\\bdie in a\\b");
    /** Asking how to hurt people; a sake bomb is a drink. */
    private static final Pattern HARMFUL = Pattern.compile(
            "\\b(?:how (?:do i|to|can i)|teach me to|help me)\\b.{0,30}\\b(?:make|build|cook|mix)\\b.{0,30}"
                    + "\\b(?:(?<!sake )bomb|explosive|meth|nerve agent|ricin)\\b"
                    + "|\\b(?:how (?:do i|to|can i)|help me)\\s+(?:poison|hurt|kill)\\b"
                    + "|\\bpoison (?:someone|somebody|a guest|my (?:wife|husband|boss|guests on purpose))\\b");
    /** Attempts to replace or read the assistant's instructions. */
    private static final Pattern INJECTION = Pattern.compile(
            "\\b(?:ignore|disregard|forget|override|bypass)\\b.{0,30}\\b(?:all|your|previous|prior|earlier|the system)\\s+"
                    + "(?:instructions?|prompts?|rules|guidelines)\\b"
                    + "|\\b(?:system|developer|hidden) (?:prompt|instructions?)\\b"
                    + "|\\b(?:reveal|print|show|repeat|output|tell me|what (?:is|are)) (?:me )?your (?:prompt|instructions"
                    + "|configuration|system prompt|rules)\\b"
                    + "|\\bfrom now on,? you (?:are|will)\\b|\\byou are now (?:dan|an? (?:unrestricted|uncensored"
                    + "|different|new) )|\\bjailbreak\\b|\\bdeveloper mode\\b|\\bdo anything now\\b"
                    + "|\\bpretend (?:that )?you (?:are|have) (?:no|an? (?:ai|different))\\b"
                    + "|<\\|?(?:system|im_start|assistant)\\|?>");

    private SafetyScreen() {
    }

    static Optional<Concern> screen(String text) {
        String plain = plain(text);
        if (PROFANITY.matcher(plain).find()) {
            return Optional.of(Concern.PROFANITY);
        }
        if (HARASSMENT.matcher(plain).find()) {
            return Optional.of(Concern.HARASSMENT);
        }
        if (HARMFUL.matcher(plain).find()) {
            return Optional.of(Concern.HARMFUL);
        }
        if (INJECTION.matcher(plain).find() || INJECTION.matcher(text).find()) {
            return Optional.of(Concern.INJECTION);
        }
        return Optional.empty();
    }

    /** Lower case, accents and look-alike digits undone, spacing tricks ("f u c k") closed. */
    private static String plain(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('@', 'a')
                .replace('$', 's').replace('5', 's').replace('7', 't');
        return folded.replaceAll("[*._-]+", "").replaceAll("\\b(\\w) (?=\\w(\\s|$))", "$1");
    }

    enum Concern {
        PROFANITY("refused_profanity"), HARASSMENT("refused_harassment"), HARMFUL("refused_harmful"),
        INJECTION("injection_attempt");

        private final String flag;

        Concern(String flag) {
            this.flag = flag;
        }

        String flag() {
            return flag;
        }
    }
}
