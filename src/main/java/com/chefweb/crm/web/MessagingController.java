package com.chefweb.crm.web;

import java.util.List;
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

import com.chefweb.crm.messaging.ChefConversations;
import com.chefweb.crm.messaging.Conversation;
import com.chefweb.crm.messaging.Message;
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
    private final ChatViews views;

    MessagingController(ChefConversations conversations, ChatViews views) {
        this.conversations = conversations;
        this.views = views;
    }

    record ConversationList(List<ChatViews.ConversationView> conversations) {
    }

    record OpenedConversation(ChatViews.ConversationView conversation) {
    }

    record Thread(ChatViews.ConversationView conversation, List<ChatViews.MessageView> messages) {
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
        return new ConversationList(views.conversations(caller, conversations.of(caller)));
    }

    @PostMapping({"/messaging/api/conversations/with-chef/{chefId}", "/messaging/api/conversations/with-chef/{chefId}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The caller's conversation with a chef, opened if new")
    OpenedConversation withChef(@PathVariable long chefId) {
        UUID caller = Caller.user();
        return new OpenedConversation(views.conversations(caller, List.of(conversations.withChef(caller, chefId))).getFirst());
    }

    @GetMapping({"/messaging/api/conversations/{id}", "/messaging/api/conversations/{id}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "A conversation with its latest messages, oldest first")
    Thread thread(@PathVariable long id) {
        UUID caller = Caller.user();
        Conversation conversation = conversations.get(caller, id);
        return new Thread(views.conversations(caller, List.of(conversation)).getFirst(),
                views.messages(conversation, conversations.messages(caller, id)));
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
    ResponseEntity<ChatViews.MessageView> send(@PathVariable long id, @RequestBody JsonNode body,
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
                .body(views.messages(conversations.get(caller, id), List.of(sent)).getFirst());
    }

    private static @Nullable String value(@Nullable Provided<String> provided) {
        return provided == null ? null : provided.value();
    }
}
