package com.chefweb.chatbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTests {

    @Test
    void markupIsEscapedAndBoldSurvives() {
        assertThat(SafeText.of("**Total: $500** <img src=x onerror=alert(1)> & \"quotes\"\nnext"))
                .isEqualTo("**Total: $500** &lt;img src=x onerror=alert(1)&gt; &amp; \"quotes\"\nnext");
        assertThat(SafeText.unescape(SafeText.of("Beer & Wine <b>"))).isEqualTo("Beer & Wine <b>");
        assertThat(SafeText.plain("**Total: $500**\u0000 today")).isEqualTo("Total: $500 today");
    }
}
