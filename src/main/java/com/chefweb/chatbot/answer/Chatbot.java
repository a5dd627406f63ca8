package com.chefweb.chatbot.answer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.chefweb.chatbot.knowledge.Knowledge;
import com.chefweb.chatbot.knowledge.PriceBookCopy;
import com.chefweb.chatbot.log.Conversations;
import com.chefweb.shared.contact.PhoneNumber;

/**
 * The chat widget's one conversation step: screen what the customer wrote, ask the model (or, without one, or when
 * it fails, the deterministic responder), make the reply safe for the page, and log the exchange. A customer never
 * sees an error for anything the model did.
 */
@Service
public class Chatbot {

    private static final Logger log = LoggerFactory.getLogger(Chatbot.class);
    private static final int HISTORY_ITEMS = 10;
    private static final int HISTORY_CHARS = 500;
    /** About 200 tokens: the PRD's longest reply. */
    private static final int REPLY_CHARS = 900;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}");
    private static final Pattern FRUSTRATED = Pattern.compile("\\b(frustrat\\w*|angry|annoyed|ridiculous|terrible"
            + "|useless|worst|unacceptable|not helpful|waste of time|wtf)\\b|!!!", Pattern.CASE_INSENSITIVE);

    private final PriceBookCopy priceBook;
    private final ModelResponder model;
    private final FallbackResponder fallback;
    private final Conversations conversations;
    private final ChatbotSettings settings;
    private final Clock clock;

    Chatbot(PriceBookCopy priceBook, ModelResponder model, FallbackResponder fallback, Conversations conversations,
            ChatbotSettings settings, Clock clock) {
        this.priceBook = priceBook;
        this.model = model;
        this.fallback = fallback;
        this.conversations = conversations;
        this.settings = settings;
        this.clock = clock;
    }

    public ChatReply reply(@Nullable String message, List<ChatTurn> history, @Nullable UUID conversationId,
            @Nullable String page) {
        Instant askedAt = clock.instant();
        long started = System.nanoTime();
        String question = printable(message == null ? "" : message).strip();
        if (question.length() > settings.maxMessageChars()) {
            question = question.substring(0, settings.maxMessageChars());
        }
        List<ChatTurn> turns = cleanHistory(history);
        Answer answer = answer(question, turns);
        String email = find(EMAIL, question);
        String typedPhone = find(PHONE, question);
        String phone = typedPhone == null ? null : PhoneNumber.parse(typedPhone).map(PhoneNumber::value).orElse(null);
        Set<String> flags = new TreeSet<>(answer.flags());
        if (FRUSTRATED.matcher(question).find()) {
            flags.add("frustrated");
        }
        String text = answer.response();
        if (email != null || phone != null) {
            flags.add("contact_left");
            if (answer.intent() == Intent.CONTACT_HUMAN || answer.intent() == Intent.OTHER) {
                text = "Thank you! We have your " + (email != null ? "email" : "number") + " and will get back to"
                        + " you within 2 hours during business hours.";
            }
        }
        // the legacy widget escapes what it shows and shows markup as typed; the main one renders **bold**
        boolean legacy = page != null && history.isEmpty();
        String reply = legacy ? SafeText.plain(shorten(text)) : SafeText.of(shorten(text));
        int latency = (int) ((System.nanoTime() - started) / 1_000_000);
        String lastReply = history.stream().filter(turn -> !turn.fromCustomer() && turn.content() != null)
                .reduce((a, b) -> b).map(ChatTurn::content).orElse(null);
        UUID id = log(conversationId, lastReply, page == null ? null : cut(printable(page), 200),
                new Conversations.Exchange(question.isEmpty() ? "(empty)" : question, askedAt, reply,
                        answer.intent().code(), answer.confidence(), answer.source(), latency, answer.promptTokens(),
                        answer.completionTokens(), flags, email, phone));
        List<Action> actions = answer.prefill().isEmpty() ? List.of()
                : List.of(new Action("prefill_booking", answer.prefill()));
        // quick replies are set as text by the widget, and sent back as the next message: never escaped
        return new ChatReply(reply, answer.intent().code(), answer.confidence(), actions,
                answer.quickReplies().stream().map(Chatbot::printable).toList(), id, answer.source());
    }

    /** The customer gets the answer even when the log cannot be written; the failure is logged instead. */
    private UUID log(@Nullable UUID conversationId, @Nullable String lastReply, @Nullable String page,
            Conversations.Exchange exchange) {
        try {
            return conversations.record(conversationId, lastReply, page, exchange);
        } catch (RuntimeException e) {
            log.error("Could not log a chat exchange (intent {}, source {})", exchange.intent(), exchange.source(), e);
            return conversationId != null ? conversationId : UUID.randomUUID();
        }
    }

    /** Without control characters (a NUL cannot be stored, and none belongs in a chat message). */
    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    private Answer answer(String question, List<ChatTurn> history) {
        if (question.isEmpty()) {
            return new Answer("Hi! Ask me about prices for your party, our packages, the areas we serve or how"
                    + " booking works.", Intent.OTHER, 1, Map.of(), List.of("How much for 15 people?",
                            "Compare packages", "Do you serve my ZIP?"), "validation", Set.of(), 0, 0);
        }
        Optional<SafetyScreen.Concern> concern = SafetyScreen.screen(question);
        if (concern.isPresent()) {
            return refusal(concern.get());
        }
        Optional<Knowledge> knowledge = priceBook.current();
        if (knowledge.isEmpty()) {
            return new Answer("I'm still loading our prices. Please try again in a moment, or reach us on the"
                    + " Contact page.", Intent.OTHER, 0.2, Map.of(), List.of("Contact us"), "fallback",
                    Set.of("low_confidence"), 0, 0);
        }
        if (!model.available()) {
            return fallback.answer(question, knowledge.get());
        }
        if (!conversations.withinBudget(settings.dailyTokenBudget())) {
            return fallback.answer(question, knowledge.get()).withFlags(Set.of("budget_exhausted"));
        }
        try {
            return model.answer(question, history, knowledge.get());
        } catch (RuntimeException e) {
            ModelResponder.ModelUnusable unusable = e instanceof ModelResponder.ModelUnusable known ? known
                    : new ModelResponder.ModelUnusable(e.getClass().getSimpleName() + ": " + e.getMessage(), 0, 0);
            return fallBack(question, knowledge.get(), unusable);
        }
    }

    private Answer fallBack(String question, Knowledge knowledge, ModelResponder.ModelUnusable e) {
        log.warn("The model's answer was not used ({}); the fallback answered", e.getMessage());
        Answer answer = fallback.answer(question, knowledge).withFlags(Set.of(e.flag()));
        // what the failed attempt cost still counts against the day's budget
        return new Answer(answer.response(), answer.intent(), answer.confidence(), answer.prefill(),
                answer.quickReplies(), answer.source(), answer.flags(), e.tokens(), 0);
    }

    /** The widget's recent turns, cut to size; a turn that fails the safety screen is left out. */
    private static List<ChatTurn> cleanHistory(List<ChatTurn> history) {
        List<ChatTurn> kept = new ArrayList<>();
        int from = Math.max(0, history.size() - HISTORY_ITEMS);
        for (ChatTurn turn : history.subList(from, history.size())) {
            String content = turn.content() == null ? "" : cut(printable(turn.content()).strip(), HISTORY_CHARS);
            if (!content.isEmpty() && SafetyScreen.screen(content).isEmpty()) {
                kept.add(new ChatTurn(turn.fromCustomer(), content));
            }
        }
        return kept;
    }

    private static Answer refusal(SafetyScreen.Concern concern) {
        String text = concern == SafetyScreen.Concern.INJECTION
                ? "I can only help with questions about our hibachi catering: prices, packages, service areas,"
                        + " dietary needs and booking. What would you like to know?"
                : "I'd like to keep this friendly. I'm happy to help with prices, packages, the areas we serve or"
                        + " booking your event.";
        return new Answer(text, Intent.OTHER, 1, Map.of(), List.of("See packages", "How much for 15 people?"),
                "safety", Set.of(concern.flag()), 0, 0);
    }

    private static String shorten(String text) {
        if (text.length() <= REPLY_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(". ", REPLY_CHARS);
        return end > REPLY_CHARS / 2 ? text.substring(0, end + 1) : text.substring(0, REPLY_CHARS) + "…";
    }

    private static @Nullable String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : null;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** @param type {@code prefill_booking}: {@code data} holds the storefront's booking form fields */
    public record Action(String type, Map<String, Object> data) {
    }

    /**
     * The reply in the PRD's shape, plus where it came from.
     *
     * @param source {@code model}, {@code fallback}, {@code validation} or {@code safety}
     */
    public record ChatReply(String response, String intent, double confidence, List<Action> actions,
            List<String> quickReplies, UUID conversationId, String source) {
    }
}
