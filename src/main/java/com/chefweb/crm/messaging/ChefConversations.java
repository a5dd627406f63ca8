package com.chefweb.crm.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.crm.events.MessageSent;
import com.chefweb.crm.people.ChefCard;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;

/**
 * ChefConversations between customers and chefs: a customer opens one with a listed chef, either writes, each reads what
 * the other wrote. Only the two may see it (anyone else: not found).
 */
@Service
public class ChefConversations {

    static final int PAGE = 200;
    private static final int PREVIEW = 255;

    private final ChefConversationRepository conversations;
    private final ChatSignals signals;
    private final CrmPeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChefConversations(ChefConversationRepository conversations, ChatSignals signals, CrmPeople people,
            ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.signals = signals;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The customer's conversation with the chef, opened if new.
     *
     * @throws Refusal.NotFound when the chef is not listed (an existing conversation stays open to them)
     */
    @Transactional
    public Conversation withChef(UUID customerUserId, long chefId) {
        ChefCard chef = people.chef(chefId).orElseThrow(() -> Refusal.notFound("Chef not found"));
        if (chef.userId().equals(customerUserId)) {
            throw Refusal.rejected("You cannot message yourself");
        }
        Conversation conversation = conversations.open(chef.userId(), customerUserId, clock.instant());
        if (!chef.listed() && conversation.lastMessageAt() == null) {
            throw Refusal.notFound("Chef not found");
        }
        return conversation;
    }

    @Transactional(readOnly = true)
    public Conversation get(UUID caller, long id) {
        return conversations.find(id).filter(found -> found.hasParty(caller))
                .orElseThrow(() -> Refusal.notFound("Conversation not found"));
    }

    @Transactional(readOnly = true)
    public List<Conversation> of(UUID caller) {
        return conversations.of(caller, PAGE);
    }

    /** The latest messages of a conversation the caller is in, oldest first. */
    @Transactional(readOnly = true)
    public List<Message> messages(UUID caller, long id) {
        return conversations.latest(get(caller, id).id(), PAGE);
    }

    /** What was written in a conversation the caller is in since then, oldest first (for a chat opened again). */
    @Transactional(readOnly = true)
    public List<Message> messagesSince(UUID caller, long id, Instant since) {
        return conversations.since(get(caller, id).id(), since, PAGE);
    }

    /** A message just sent, for pushing it to the two's open chats. */
    @Transactional(readOnly = true)
    public Optional<Message> sent(long messageId) {
        return conversations.message(messageId);
    }

    /** Unread messages to the caller in each of these conversations. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> unread(UUID caller, List<Long> conversationIds) {
        return conversations.unreadTo(caller, conversationIds);
    }

    /** What the caller has not read, as a customer and as a chef. */
    public record UnreadCounts(int asCustomer, int asChef) {
        public int total() {
            return asCustomer + asChef;
        }
    }

    @Transactional(readOnly = true)
    public UnreadCounts unreadCounts(UUID caller) {
        int[] counts = conversations.unreadCounts(caller);
        return new UnreadCounts(counts[0], counts[1]);
    }

    /** Marks what the other wrote as read; returns how many messages that was. */
    @Transactional
    public int read(UUID caller, long id) {
        int marked = conversations.markRead(get(caller, id).id(), caller, clock.instant());
        if (marked > 0) {
            signals.read(id, caller);
        }
        return marked;
    }

    /**
     * Writes in the conversation. A message sent again with the same idempotency key is the one sent before.
     *
     * @param aboutKind {@code offering} or {@code meal_event}, with its id, when the message is about one
     */
    @Transactional
    public Message send(UUID caller, long id, @Nullable String content, @Nullable String aboutKind,
            @Nullable Long aboutId, @Nullable String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = FreeText.check("content", content, 4000, true, problems);
        if (text == null && problems.isEmpty()) {
            problems.add(new FieldProblem("content", "Write a message"));
        }
        if (aboutKind != null && !aboutKind.equals("offering") && !aboutKind.equals("meal_event")) {
            problems.add(new FieldProblem("about_type", "Choose offering or meal_event"));
        }
        if ((aboutKind == null) != (aboutId == null)) {
            problems.add(new FieldProblem("about_id", "Give both what the message is about and its id"));
        } else if (aboutId != null && aboutId <= 0) {
            problems.add(new FieldProblem("about_id", "Give the id as a positive whole number"));
        }
        String key = FreeText.check("idempotency_key", idempotencyKey, 100, false, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Conversation conversation = conversations.lock(id).filter(found -> found.hasParty(caller))
                .orElseThrow(() -> Refusal.notFound("Conversation not found"));
        if (key != null) {
            Optional<Message> before = conversations.byKey(conversation.id(), caller, key);
            if (before.isPresent()) {
                return before.get();
            }
        }
        boolean fromChef = conversation.chefUserId().equals(caller);
        UUID recipient = fromChef ? conversation.customerUserId() : conversation.chefUserId();
        boolean firstUnread = conversations.unreadFrom(conversation.id(), caller) == 0;
        Instant now = clock.instant();
        long messageId = conversations.insert(conversation.id(), caller, text, aboutKind, aboutId, key, now)
                .orElseThrow(() -> Refusal.conflict("This message is being sent already"));
        String preview = text.length() <= PREVIEW ? text : text.substring(0, PREVIEW);
        conversations.touch(conversation.id(), preview, now);
        signals.messageSaved(conversation.id(), messageId);
        events.publishEvent(new MessageSent(messageId, conversation.id(), conversation.chefUserId(),
                conversation.customerUserId(), fromChef, recipient, emailOf(recipient),
                nameOf(recipient, !fromChef), nameOf(caller, fromChef), preview, firstUnread, aboutKind, aboutId,
                now));
        return conversations.message(messageId).orElseThrow();
    }

    private @Nullable String emailOf(UUID userId) {
        return people.person(userId).map(Person::email).orElse(null);
    }

    /** How the person is shown in the conversation: a chef by their chef name, a customer by theirs. */
    public String nameOf(UUID userId, boolean chef) {
        if (chef) {
            Optional<String> chefName = people.chefOfUser(userId).map(ChefCard::shownName);
            if (chefName.isPresent()) {
                return chefName.get();
            }
        }
        return people.person(userId).map(Person::displayName).orElse(chef ? "Your chef" : "A customer");
    }
}
