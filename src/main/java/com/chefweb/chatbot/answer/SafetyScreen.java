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

    /** Words and phrases refused as profanity or slurs, matched as whole words after undoing common disguises. */
    private static final Pattern PROFANITY = Pattern.compile(
            "\\b(f+u*c+k+\\w*|sh+i+t+\\w*|bitch\\w*|bastard\\w*|asshole\\w*|cunt\\w*|dick ?head\\w*|motherf\\w*"
                    + "|wank\\w*|twat\\w*|slut\\w*|whore\\w*|retard\\w*|fag\\w*|nigg\\w*|spic|chink\\w*|kike\\w*)\\b");
    private static final Pattern HARASSMENT = Pattern.compile(
            "\\b(i('| a)?m going to|i will|gonna)\\s+(kill|hurt|find|stab|shoot)\\s+(you|your|the chef)"
                    + "|\\b(kill|rape) (you|yourself)\\b|\\bkys\\b|\\bdie in a\\b");
    private static final Pattern HARMFUL = Pattern.compile(
            "\\b(make|build|cook|mix)\\b.{0,30}\\b(bomb|explosive|meth|poison|nerve agent|ricin)\\b"
                    + "|\\bpoison (someone|a guest|my|the food|people)\\b|\\bhow (do i|to) (hurt|kill)\\b");
    private static final Pattern INJECTION = Pattern.compile(
            "\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(instructions?|rules|prompt|guidelines|above)\\b"
                    + "|\\b(system|developer|hidden|initial|original) (prompt|message|instructions?)\\b"
                    + "|\\b(reveal|print|show|repeat|output|tell me|what (is|are)) (me )?(your|the) "
                    + "(prompt|instructions|configuration|system prompt)\\b"
                    + "|\\byou are now\\b|\\bact as (an? )?(unrestricted|different|new)\\b|\\bjailbreak\\b"
                    + "|\\bdeveloper mode\\b|\\bdo anything now\\b|\\bpretend (to be|you are)\\b"
                    + "|<\\|?(system|im_start|assistant)\\|?>");

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
