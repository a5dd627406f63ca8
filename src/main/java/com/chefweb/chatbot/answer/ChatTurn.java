package com.chefweb.chatbot.answer;

/** One earlier message of the conversation, as the storefront sends it back. */
public record ChatTurn(boolean fromCustomer, String content) {
}
