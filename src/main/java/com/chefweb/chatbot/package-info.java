/**
 * The chatbot: conversations, chat logs and flags, answering from its own copy of the price book.
 */
@ApplicationModule(displayName = "Chatbot", allowedDependencies = { "shared", "catalog :: events", "identity :: events" })
@NullMarked
package com.chefweb.chatbot;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
