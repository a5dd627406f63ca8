package com.chefweb.shared.contact;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Domains of throw-away mailboxes ({@code chefweb.email.disposable-domains}), refused wherever we need to reply. */
@Component
public class DisposableEmailDomains {

    private final Set<String> domains;

    DisposableEmailDomains(@Value("${chefweb.email.disposable-domains}") List<String> domains) {
        this.domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean contains(EmailAddress email) {
        return domains.contains(email.domain());
    }
}
