package com.chefweb.notify.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every email is written once and rendered twice; whatever a customer typed is text in both, never markup. */
class LetterTests {

    @Test
    void aScriptInACustomersNameOrNoteIsShownAsTextAndThePlainPartSaysTheSame() {
        Letter letter = Letter.to("<script>alert('hi')</script> Lee")
                .paragraph("Allergies: <img src=x onerror=alert(1)>")
                .fact("Note", "\"quoted\" & <b>bold</b>")
                .action("Open", "https://example.com/?a=1&b=\"2\"")
                .signedBy("Bay Hibachi");

        String html = letter.html();
        assertThat(html).doesNotContain("<script>", "<img", "<b>bold")
                .contains("Hi &lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;,",
                        "Allergies: &lt;img src=x onerror=alert(1)&gt;", "&quot;quoted&quot; &amp; &lt;b&gt;bold",
                        "href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\"");
        assertThat(letter.text()).startsWith("Hi <script>alert('hi')</script>,\n\n")
                .contains("Allergies: <img src=x onerror=alert(1)>", "Note: \"quoted\" & <b>bold</b>")
                .endsWith("Bay Hibachi\n");
    }
}
