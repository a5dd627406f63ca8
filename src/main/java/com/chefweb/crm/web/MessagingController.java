package com.chefweb.crm.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.messaging.Conversation;
import com.chefweb.crm.messaging.ChefConversations;
import com.chefweb.crm.messaging.Message;
import com.chefweb.crm.people.ChefCard;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Provided;
import com.chefweb.shared.web.RateLimited;

/**
 * Messages between customers and chefs, as the app's chat panel reads them. People are named by the ids the app
 * compares with its user's: a customer by their account's integer id, a chef by their chef id (the same number).
 */
@RestController
@Tag(name = "Messages", description = "Conversations between customers and chefs")
class MessagingController {

    private final ChefConversations conversations;
    private final CrmPeople people;

    MessagingController(ChefConversations conversations, CrmPeople people) {
        this.conversations = conversations;
        this.people = people;
    }

    /**
     * @param customer the customer's id
     * @param chef the chef's id
     * @param unreadCount messages to the caller they have not read
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ConversationView(long id, @Nullable Long customer, @Nullable Long chef, String customerName,
            String chefName, @Nullable String customerPhoto, @Nullable String chefPhoto,
            @Nullable Instant lastMessageAt, String lastMessagePreview, int unreadCount, Instant createdAt) {
    }

    /** @param sender the same as {@code sender_id}: the writer's id as the app knows them */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MessageView(long id, long conversation, @Nullable Long senderId, @Nullable Long sender, String senderName,
            String content, @Nullable String aboutType, @Nullable Long aboutId, Instant sentAt, boolean isRead,
            @Nullable Instant readAt) {
    }

    record ConversationList(List<ConversationView> conversations) {
    }

    record OpenedConversation(ConversationView conversation) {
    }

    record Thread(ConversationView conversation, List<MessageView> messages) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UnreadCounts(int totalUnread, int customerConversationsUnread, int chefConversationsUnread) {
    }

    record Read(int marked) {
    }

    @GetMapping({"/messaging/api/unread-counts", "/messaging/api/unread-counts/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Messages the caller has not read: as a customer, as a chef, in all")
    UnreadCounts unreadCounts() {
        ChefConversations.UnreadCounts counts = conversations.unreadCounts(Caller.user());
        return new UnreadCounts(counts.total(), counts.asCustomer(), counts.asChef());
    }

    @GetMapping({"/messaging/api/conversations", "/messaging/api/conversations/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The caller's conversations, on either side, latest message first")
    ConversationList list() {
        UUID caller = Caller.user();
        return new ConversationList(views(caller, conversations.of(caller)));
    }

    @PostMapping({"/messaging/api/conversations/with-chef/{chefId}", "/messaging/api/conversations/with-chef/{chefId}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The caller's conversation with a chef, opened if new")
    OpenedConversation withChef(@PathVariable long chefId) {
        UUID caller = Caller.user();
        return new OpenedConversation(views(caller, List.of(conversations.withChef(caller, chefId))).getFirst());
    }

    @GetMapping({"/messaging/api/conversations/{id}", "/messaging/api/conversations/{id}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "A conversation with its latest messages, oldest first")
    Thread thread(@PathVariable long id) {
        UUID caller = Caller.user();
        Conversation conversation = conversations.get(caller, id);
        return new Thread(views(caller, List.of(conversation)).getFirst(),
                messages(conversation, conversations.messages(caller, id)));
    }

    @PostMapping({"/messaging/api/conversations/{id}/read", "/messaging/api/conversations/{id}/read/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Mark what the other one wrote as read")
    Read read(@PathVariable long id) {
        return new Read(conversations.read(Caller.user(), id));
    }

    @PostMapping({"/messaging/api/conversations/{id}/send", "/messaging/api/conversations/{id}/send/"})
    @Access(Level.SIGNED_IN)
    @RateLimited("chef-message")
    @Operation(summary = "Write in a conversation (plain text, up to 4,000 characters), optionally about an offering "
            + "or a meal event; an Idempotency-Key makes a retry send it once")
    ResponseEntity<MessageView> send(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        JsonFields fields = JsonFields.of(body);
        Provided<String> content = fields.text("content");
        Provided<String> aboutType = fields.text("about_type");
        Provided<Long> aboutId = fields.id("about_id");
        Provided<String> bodyKey = fields.text("idempotency_key");
        fields.refuseIfAny();
        UUID caller = Caller.user();
        Message sent = conversations.send(caller, id, value(content), value(aboutType),
                aboutId == null ? null : aboutId.value(), idempotencyKey != null ? idempotencyKey : value(bodyKey));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(messages(conversations.get(caller, id), List.of(sent)).getFirst());
    }

    private List<ConversationView> views(UUID caller, List<Conversation> found) {
        Map<UUID, ChefCard> chefs = people.chefsOfUsers(found.stream().map(Conversation::chefUserId).distinct()
                .toList());
        Map<UUID, Person> customers = people.people(found.stream().map(Conversation::customerUserId).distinct()
                .toList());
        Map<Long, Integer> unread = conversations.unread(caller, found.stream().map(Conversation::id).toList());
        return found.stream().map(conversation -> {
            ChefCard chef = chefs.get(conversation.chefUserId());
            Person customer = customers.get(conversation.customerUserId());
            return new ConversationView(conversation.id(), customer == null ? null : customer.publicId(),
                    chef == null ? null : chef.chefId(), customer == null ? "A customer" : customer.displayName(),
                    chef == null ? "Your chef" : chef.shownName(), null, chef == null ? null : chef.profilePicUrl(),
                    conversation.lastMessageAt(), conversation.lastMessagePreview(),
                    unread.getOrDefault(conversation.id(), 0), conversation.createdAt());
        }).toList();
    }

    private List<MessageView> messages(Conversation conversation, List<Message> found) {
        Long chefNumber = people.chefOfUser(conversation.chefUserId()).map(ChefCard::chefId).orElse(null);
        Long customerNumber = people.person(conversation.customerUserId()).map(Person::publicId).orElse(null);
        String chefName = conversations.nameOf(conversation.chefUserId(), true);
        String customerName = conversations.nameOf(conversation.customerUserId(), false);
        return found.stream().map(message -> {
            boolean fromChef = message.senderUserId().equals(conversation.chefUserId());
            Long sender = fromChef ? chefNumber : customerNumber;
            return new MessageView(message.id(), message.conversationId(), sender, sender,
                    fromChef ? chefName : customerName, message.content(), message.aboutKind(), message.aboutId(),
                    message.sentAt(), message.readAt() != null, message.readAt());
        }).toList();
    }

    private static @Nullable String value(@Nullable Provided<String> provided) {
        return provided == null ? null : provided.value();
    }
}
