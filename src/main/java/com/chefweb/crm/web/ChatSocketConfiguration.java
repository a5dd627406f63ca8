package com.chefweb.crm.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

import com.chefweb.crm.messaging.ChefConversations;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.CorsProperties;

/**
 * Serves the chat's WebSocket at {@code /ws/chat/{conversation}/}. The handshake is an ordinary request: identity's
 * security reads the access token from its {@code ?token=}, and only one of the conversation's two may open it.
 */
@Configuration
@EnableWebSocket
class ChatSocketConfiguration implements WebSocketConfigurer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChatSocketConfiguration.class);

    private final ChatSocket socket;
    private final ChefConversations conversations;
    private final CorsProperties cors;

    ChatSocketConfiguration(ChatSocket socket, ChefConversations conversations, CorsProperties cors) {
        this.socket = socket;
        this.conversations = conversations;
        this.cors = cors;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, "/ws/chat/{conversation}", "/ws/chat/{conversation}/")
                .addInterceptors(new OneOfTheTwo())
                .setAllowedOriginPatterns(cors.allowedOrigins().toArray(String[]::new));
    }

    /** Lets the handshake through for a signed-in party of the conversation; anyone else is refused. */
    private final class OneOfTheTwo implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                WebSocketHandler handler, Map<String, Object> attributes) {
            Optional<UUID> caller = CurrentActor.get().flatMap(Actor::userId);
            if (caller.isEmpty()) {
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
            Long conversation = conversationIn(request.getURI().getPath());
            try {
                if (conversation == null) {
                    throw Refusal.notFound("Conversation not found");
                }
                conversations.get(caller.get(), conversation);
            } catch (Refusal.NotFound notTheirs) {
                response.setStatusCode(HttpStatus.NOT_FOUND);
                return false;
            } catch (Refusal refused) {
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                return false;
            } catch (RuntimeException failed) {
                log.warn("Chat handshake for conversation {} failed: {}", conversation, failed.toString());
                response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
                return false;
            }
            if (socket.openBy(caller.get()) >= ChatSocket.CHATS_PER_PERSON) {
                response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                return false;
            }
            attributes.put(ChatSocket.CALLER, caller.get());
            attributes.put(ChatSocket.CONVERSATION, conversation);
            CurrentActor.credentialsExpireAt().ifPresent(expires -> attributes.put(ChatSocket.EXPIRES, expires));
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                @Nullable Exception exception) {
        }

        private static @Nullable Long conversationIn(String path) {
            String rest = path.substring(path.indexOf("/ws/chat/") + "/ws/chat/".length()).replace("/", "");
            try {
                long id = Long.parseLong(rest);
                return id > 0 ? id : null;
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }
}
