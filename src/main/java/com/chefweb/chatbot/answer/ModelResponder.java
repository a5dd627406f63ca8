package com.chefweb.chatbot.answer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import java.time.Duration;

import com.openai.client.OpenAIClient;
import com.openai.core.RequestOptions;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionTool;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.chatbot.answer.ModelShapes.CheckLocation;
import com.chefweb.chatbot.answer.ModelShapes.ModelAnswer;
import com.chefweb.chatbot.answer.ModelShapes.QuoteParty;
import com.chefweb.chatbot.knowledge.CustomerPolicies;
import com.chefweb.chatbot.knowledge.Knowledge;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.Travel;

/**
 * Asks the model, with strict structured output and two tools that compute every number from the price book. The
 * reply is then checked: an amount no tool produced and the price book does not list, or a reply that quotes the
 * instructions, is not shown (the caller falls back).
 */
@Component
@EnableConfigurationProperties(ChatbotSettings.class)
class ModelResponder implements DisposableBean {

    private static final java.util.regex.Pattern TOTAL_WORDS = java.util.regex.Pattern.compile(
            "\\b(total|all in|comes? to|would be|will be|deposit|balance|costs? you|for your party)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The strict schemas, made from the records once: generating them per request cost more CPU than everything
     * else the chatbot does.
     */
    private static final ChatCompletionCreateParams SCHEMAS = ChatCompletionCreateParams.builder()
            .model("schemas").addUserMessage("schemas")
            .responseFormat(ModelAnswer.class)
            .addTool(QuoteParty.class)
            .addTool(CheckLocation.class)
            .build().rawParams();
    private static final ChatCompletionCreateParams.ResponseFormat ANSWER_SCHEMA = SCHEMAS.responseFormat()
            .orElseThrow();
    private static final List<ChatCompletionTool> TOOLS = SCHEMAS.tools().orElseThrow();

    private final ChatbotSettings settings;
    private final PartyQuotes quotes;
    private final CustomerPolicies rules;
    private final JsonMapper json;
    private final @Nullable OpenAIClient client;
    private volatile @Nullable Prompt prompt;

    ModelResponder(ChatbotSettings settings, PartyQuotes quotes, CustomerPolicies rules, JsonMapper json) {
        this.settings = settings;
        this.quotes = quotes;
        this.rules = rules;
        this.json = json;
        this.client = settings.modelConfigured() ? OpenAIOkHttpClient.builder()
                .apiKey(settings.apiKey())
                .baseUrl(settings.baseUrl())
                .timeout(settings.timeout())
                // a retry would not fit in the time the storefront waits: the fallback answers instead
                .maxRetries(0)
                // hundreds of conversations at once each hold a connection to the model for its whole answer; with
                // OkHttp's default of 5 idle ones, nearly every answer would open a new connection
                .maxIdleConnections(settings.maxIdleConnections())
                .keepAliveDuration(java.time.Duration.ofMinutes(5))
                .build() : null;
    }

    /** The instructions of this price-book version, written once. */
    private String prompt(Knowledge knowledge) {
        Prompt cached = prompt;
        if (cached == null || cached.knowledge() != knowledge) {
            cached = new Prompt(knowledge, SystemPrompt.of(knowledge, rules));
            prompt = cached;
        }
        return cached.text();
    }

    private record Prompt(Knowledge knowledge, String text) {
    }

    boolean available() {
        return client != null;
    }

    /**
     * @throws ModelUnusable when the model fails, times out, refuses, answers out of schema, or states an amount no
     *     quote produced
     */
    Answer answer(String message, List<ChatTurn> history, Knowledge knowledge) {
        if (client == null) {
            throw new ModelUnusable("no model configured", 0, 0);
        }
        ChatCompletionCreateParams.Builder request = ChatCompletionCreateParams.builder()
                .model(settings.model())
                .maxCompletionTokens(settings.maxCompletionTokens())
                .temperature(0.2)
                .addSystemMessage(prompt(knowledge))
                .responseFormat(ANSWER_SCHEMA)
                .tools(TOOLS);
        for (ChatTurn turn : history) {
            if (turn.fromCustomer()) {
                request.addUserMessage(turn.content());
            } else {
                // the widget sends back our replies as they were shown, escaped for HTML
                request.addAssistantMessage(SafeText.unescape(turn.content()));
            }
        }
        request.addUserMessage(message);
        Exchange exchange = new Exchange(knowledge);
        // one deadline for the whole answer, however many tool rounds it takes: the widget does not wait longer
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        int promptTokens = 0;
        int completionTokens = 0;
        for (int round = 0; round <= settings.maxToolRounds(); round++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ModelUnusable("no time left for another round", promptTokens, completionTokens);
            }
            ChatCompletion completion;
            try {
                completion = client.chat().completions().create(request.build(),
                        RequestOptions.builder().timeout(Duration.ofNanos(left)).build());
                completion.validate();
            } catch (RuntimeException e) {
                throw new ModelUnusable(e.getClass().getSimpleName() + ": " + e.getMessage(), promptTokens,
                        completionTokens);
            }
            if (completion.usage().isPresent()) {
                promptTokens += (int) completion.usage().get().promptTokens();
                completionTokens += (int) completion.usage().get().completionTokens();
            }
            if (completion.choices().isEmpty()) {
                throw new ModelUnusable("no choice in the answer", promptTokens, completionTokens);
            }
            ChatCompletionMessage reply = completion.choices().get(0).message();
            List<ChatCompletionMessageToolCall> calls = reply.toolCalls().orElse(List.of());
            if (!calls.isEmpty()) {
                request.addMessage(reply);
                for (ChatCompletionMessageToolCall call : calls) {
                    ChatCompletionMessageFunctionToolCall function = call.function()
                            .orElseThrow(() -> new ModelUnusable("an unknown kind of tool call", 0, 0));
                    request.addMessage(ChatCompletionToolMessageParam.builder().toolCallId(function.id())
                            .content(exchange.run(function)).build());
                }
                continue;
            }
            if (reply.refusal().isPresent()) {
                throw new ModelUnusable("the model refused: " + reply.refusal().get(), promptTokens, completionTokens);
            }
            ModelAnswer answer;
            try {
                String content = reply.content().orElseThrow(() -> new ModelUnusable("an empty answer", 0, 0));
                answer = json.readValue(content, ModelAnswer.class);
            } catch (RuntimeException e) {
                throw new ModelUnusable("an answer out of schema: " + e.getMessage(), promptTokens, completionTokens);
            }
            return exchange.checked(answer, promptTokens, completionTokens);
        }
        throw new ModelUnusable("too many tool rounds", promptTokens, completionTokens);
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.close();
        }
    }

    /** One answer's tool calls, and every amount they produced. */
    private final class Exchange {

        private final Knowledge knowledge;
        private final Set<Long> amounts = new HashSet<>();
        private final Map<String, Object> prefill = new LinkedHashMap<>();
        private boolean quoted;

        Exchange(Knowledge knowledge) {
            this.knowledge = knowledge;
            PriceBook book = knowledge.priceBook();
            book.packages().forEach(p -> {
                allow(p.adultPrice());
                allow(p.childPrice());
            });
            book.addOns().forEach(a -> allow(a.price()));
            allow(book.minimumSpend());
            book.serviceAreas().forEach(area -> area.travelFeeTiers().forEach(tier -> allow(tier.fee())));
            if (book.deposit().fixedAmount() != null) {
                allow(book.deposit().fixedAmount());
            }
        }

        String run(ChatCompletionMessageFunctionToolCall call) {
            String name = call.function().name();
            try {
                return switch (name) {
                    case "quote_party" -> quote(call.function().arguments(QuoteParty.class));
                    case "check_location" -> locate(call.function().arguments(CheckLocation.class));
                    default -> json.writeValueAsString(Map.of("error", "no such tool: " + name));
                };
            } catch (RuntimeException e) {
                return json.writeValueAsString(Map.of("error", "could not run " + name + ": " + e.getMessage()));
            }
        }

        private String quote(QuoteParty party) {
            if (party.adults() < 1 || party.children() < 0 || party.adults() + party.children() > rules.largeEventGuests()) {
                return json.writeValueAsString(Map.of("error", "a party has 1 to " + rules.largeEventGuests()
                        + " guests, at least one an adult; larger parties get a custom quote"));
            }
            Optional<Travel> travel = quotes.locate(blank(party.zipCode()), blank(party.city()), knowledge);
            if (travel.orElse(null) instanceof Travel.TooFar tooFar) {
                return json.writeValueAsString(Map.of("error", tooFar.message()));
            }
            Quote quote = quotes.quote(blank(party.packageId()), party.adults(), party.children(), List.of(),
                    travel.orElse(null), knowledge);
            quoted = true;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("package", quote.packageId());
            result.put("adults", party.adults());
            result.put("children", party.children());
            result.put("food", say(quote.foodAndAddOns()));
            result.put("minimumSpendAdjustment", say(quote.minimumSpendAdjustment()));
            result.put("travel", quote.travelFeeStatus().equals("tbd") ? "to be confirmed for the venue"
                    : say(quote.travelFee()));
            result.put("tax", say(quote.tax()));
            result.put("total", say(quote.total()) + (quote.travelFeeStatus().equals("tbd") ? " plus any travel fee" : ""));
            result.put("deposit", say(quote.depositDue()));
            result.put("balance", say(quote.balanceDue()));
            quote.lines().forEach(line -> {
                allow(line.unitPrice());
                allow(line.amount());
            });
            prefill.clear();
            prefill.put("numAdults", party.adults());
            prefill.put("numChildren", party.children());
            prefill.put("package", quote.packageId());
            String zip = blank(party.zipCode());
            if (quotes.knownZip(zip, knowledge)) {
                prefill.put("zipCode", zip);
            }
            return json.writeValueAsString(result);
        }

        private String locate(CheckLocation where) {
            Optional<Travel> travel = quotes.locate(blank(where.zipCode()), blank(where.city()), knowledge);
            Map<String, Object> result = new LinkedHashMap<>();
            switch (travel.orElse(null)) {
                case Travel.Included included -> {
                    result.put("served", true);
                    result.put("place", included.place());
                    result.put("travel", "included");
                }
                case Travel.Estimated estimated -> {
                    result.put("served", true);
                    result.put("place", estimated.place());
                    result.put("milesBeyondServiceArea", estimated.miles());
                    result.put("travelFee", say(estimated.tierFee()));
                }
                case Travel.TooFar tooFar -> {
                    result.put("served", false);
                    result.put("reason", tooFar.message());
                }
                case null, default -> {
                    result.put("served", "unknown");
                    result.put("reason", "that place could not be found; ask for the venue's ZIP code");
                }
            }
            return json.writeValueAsString(result);
        }

        private String say(Money money) {
            allow(money);
            return Amounts.format(money);
        }

        private void allow(Money money) {
            amounts.add(money.minorUnits());
        }

        Answer checked(ModelAnswer answer, int promptTokens, int completionTokens) {
            String text = answer.response() == null ? "" : answer.response().strip();
            if (text.isEmpty()) {
                throw new ModelUnusable("an empty reply", promptTokens, completionTokens);
            }
            if (text.contains(SystemPrompt.MARKER)) {
                throw new ModelUnusable("the reply quoted the instructions", promptTokens, completionTokens);
            }
            Set<Long> stated = Amounts.in(text);
            Set<Long> unknown = new TreeSet<>(stated);
            unknown.removeAll(amounts);
            if (!unknown.isEmpty()) {
                throw new ModelUnusable("the reply states amounts no quote produced: " + unknown, promptTokens,
                        completionTokens, "price_corrected");
            }
            // a total, deposit or balance is only ever a quote's: list prices alone cannot make one
            if (!stated.isEmpty() && !quoted && TOTAL_WORDS.matcher(text).find()) {
                throw new ModelUnusable("the reply states a total without a quote", promptTokens, completionTokens,
                        "price_corrected");
            }
            Set<String> flags = new TreeSet<>();
            double confidence = Double.isNaN(answer.confidence()) ? 0 : Math.max(0, Math.min(1, answer.confidence()));
            if (confidence < 0.5) {
                flags.add("low_confidence");
            }
            List<String> replies = answer.quickReplies() == null ? List.of() : answer.quickReplies().stream()
                    .filter(reply -> reply != null && !reply.isBlank()).map(String::strip)
                    .filter(reply -> amounts.containsAll(Amounts.in(reply)))
                    .map(reply -> reply.length() > 40 ? reply.substring(0, 40) : reply).limit(3).toList();
            return new Answer(text, Intent.of(answer.intent()), confidence, prefill, replies, "model", flags,
                    promptTokens, completionTokens);
        }

        private static @Nullable String blank(@Nullable String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The model's answer cannot be used; the fallback answers instead. */
    static final class ModelUnusable extends RuntimeException {

        private final int promptTokens;
        private final int completionTokens;
        private final @Nullable String flag;

        ModelUnusable(String reason, int promptTokens, int completionTokens) {
            this(reason, promptTokens, completionTokens, null);
        }

        ModelUnusable(String reason, int promptTokens, int completionTokens, @Nullable String flag) {
            super(reason, null, false, false);
            this.promptTokens = promptTokens;
            this.completionTokens = completionTokens;
            this.flag = flag;
        }

        int tokens() {
            return promptTokens + completionTokens;
        }

        String flag() {
            return flag != null ? flag : "model_failed";
        }
    }
}
