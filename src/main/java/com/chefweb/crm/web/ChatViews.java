package com.chefweb.crm.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.messaging.ChefConversations;
import com.chefweb.crm.messaging.Conversation;
import com.chefweb.crm.messaging.Message;
import com.chefweb.crm.people.ChefCard;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.crm.people.Person;

/**
 * Conversations and messages as the app's chat reads them, over REST and the WebSocket alike. People are named by
 * the ids the app compares with its user's: a customer by their account's integer id, a chef by their chef id (the
 * same number).
 */
@Component
class ChatViews {

    private final ChefConversations conversations;
    private final CrmPeople people;

    ChatViews(ChefConversations conversations, CrmPeople people) {
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

    List<ConversationView> conversations(UUID caller, List<Conversation> found) {
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

    List<MessageView> messages(Conversation conversation, List<Message> found) {
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

    /** The integer id the app knows the account by: a chef's chef id, else the customer's. */
    @Nullable Long publicIdOf(Conversation conversation, UUID userId) {
        return userId.equals(conversation.chefUserId())
                ? people.chefOfUser(userId).map(ChefCard::chefId).orElse(null)
                : people.person(userId).map(Person::publicId).orElse(null);
    }
}
