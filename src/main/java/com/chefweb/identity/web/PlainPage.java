package com.chefweb.identity.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The few pages a link in an email opens: plain HTML with no script and no style, so they keep the strict content
 * security policy every response carries.
 */
final class PlainPage {

    private PlainPage() {
    }

    static ResponseEntity<String> html(HttpStatus status, String title, String body) {
        // with no referrer at all a browser posts a form as from origin "null", which CORS refuses
        return ResponseEntity.status(status).header("Referrer-Policy", "same-origin")
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                        + "content=\"width=device-width\"><title>" + HtmlUtils.htmlEscape(title) + "</title></head>"
                        + "<body>" + body + "</body></html>");
    }
}
