package com.chefweb.identity.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.refusal.FieldProblem;

/** Accounts: sign-up, password checks, and admins' management of who may do what. */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Compared against when an email is unknown, so a failed sign-in takes as long either way. */
    private final String unknownUserHash;

    Accounts(AccountRepository repository, PasswordEncoder passwords, PasswordPolicy policy, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Opens an account.
     *
     * @throws Refusal 400 with field errors for a bad email, name or password; 409 when the email is taken
     */
    @Transactional
    public UserAccount open(String email, String name, String password, Role role, @Nullable UUID chefId) {
        Applicant applicant = checked(email, name, password);
        EmailAddress address = applicant.email();
        String trimmedName = applicant.name();
        UserAccount account = new UserAccount(UUID.randomUUID(), address.value(), trimmedName, role, chefId,
                clock.instant(), null, null);
        // an account staff open is vouched for; one opened by its owner confirms its address by email
        boolean vouched = CurrentActor.get().filter(Actor::isStaff).isPresent() || role == Role.ADMIN;
        if (!repository.insert(account, passwords.encode(password), vouched)) {
            throw Refusal.conflict("An account with this email address already exists");
        }
        AuditableChangeMade.byCurrentStaff("user.created", "user", account.id().toString(),
                "Opened a " + role.code() + " account for " + account.email(), Map.of(),
                Map.of("email", account.email(), "role", role.code()), clock.instant())
                        .ifPresent(events::publishEvent);
        return account;
    }

    /**
     * Someone asking for an account, with their email, name and password checked.
     *
     * @throws Refusal.Invalid with a field error for each of email, name and password that will not do
     */
    Applicant checked(@Nullable String email, @Nullable String name, @Nullable String password) {
        EmailAddress address = email == null ? null : EmailAddress.parse(email).orElse(null);
        String trimmedName = name == null ? "" : name.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (address == null) {
            problems.add(new FieldProblem("email", "Enter a valid email address"));
        }
        if (trimmedName.isEmpty() || trimmedName.length() > 100) {
            problems.add(new FieldProblem("name", "Enter a name of 1 to 100 characters"));
        }
        policy.problemWith(password, email, trimmedName).ifPresent(p -> problems.add(new FieldProblem("password", p)));
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new Applicant(address, trimmedName);
    }

    record Applicant(EmailAddress email, String name) {
    }

    /** Whether the owner of the account's address proved they read it (or staff vouched for it). */
    @Transactional(readOnly = true)
    public boolean emailConfirmed(UUID id) {
        return repository.emailConfirmed(id);
    }

    /** An enabled account by its email, and a fingerprint of its password that changes with the password. */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<UserAccount, String>> withPasswordFingerprint(String email) {
        return EmailAddress.parse(email).flatMap(address -> repository.findCredentials(address.value()))
                .filter(found -> !found.account().isDisabled())
                .map(found -> Map.entry(found.account(), com.chefweb.shared.crypto.Digests.sha256Hex(
                        found.passwordHash())));
    }

    /**
     * The fingerprint of the account's password, with its credentials locked until the caller's transaction ends,
     * so two uses of one reset link at the same moment cannot both find the password they replace.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> lockedPasswordFingerprint(UUID id) {
        return repository.lockCredentials(id).filter(found -> !found.account().isDisabled())
                .map(found -> com.chefweb.shared.crypto.Digests.sha256Hex(found.passwordHash()));
    }

    /**
     * Sets a new password, as the password policy allows.
     *
     * @throws Refusal.Invalid with a field error for {@code new_password}
     */
    @Transactional
    public void setPassword(UUID id, String password) {
        UserAccount account = repository.findById(id).orElseThrow(() -> Refusal.notFound("User not found"));
        policy.problemWith(password, account.email(), account.name()).ifPresent(problem -> {
            throw Refusal.invalid("new_password", problem);
        });
        repository.updatePasswordHash(id, passwords.encode(password));
    }

    /** The account these credentials belong to, if they are right and the account is enabled. */
    @Transactional
    public Optional<UserAccount> authenticate(String email, String password) {
        Optional<AccountRepository.Credentials> credentials = EmailAddress.parse(email)
                .flatMap(address -> repository.findCredentials(address.value()));
        if (credentials.isEmpty() || password == null) {
            passwords.matches(password == null ? "" : password, unknownUserHash);
            return Optional.empty();
        }
        AccountRepository.Credentials found = credentials.get();
        if (!passwords.matches(password, found.passwordHash()) || found.account().isDisabled()) {
            return Optional.empty();
        }
        if (passwords.upgradeEncoding(found.passwordHash())) {
            repository.updatePasswordHash(found.account().id(), passwords.encode(password));
        }
        repository.recordLogin(found.account().id(), clock.instant());
        return Optional.of(found.account());
    }

    /** An account by its email address, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return EmailAddress.parse(email).flatMap(address -> repository.findCredentials(address.value()))
                .map(AccountRepository.Credentials::account);
    }

    /**
     * Whether this is the enabled account's password: asked again before something that cannot be undone, such as
     * erasing the account.
     */
    @Transactional(readOnly = true)
    public boolean passwordMatches(UUID id, @Nullable String password) {
        Optional<AccountRepository.Credentials> found = repository.findById(id)
                .flatMap(account -> repository.findCredentials(account.email()))
                .filter(credentials -> !credentials.account().isDisabled());
        if (found.isEmpty() || password == null) {
            passwords.matches(password == null ? "" : password, unknownUserHash);
            return false;
        }
        return passwords.matches(password, found.get().passwordHash());
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UUID id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> page(int limit, int offset) {
        return repository.findPage(limit, offset);
    }

    @Transactional(readOnly = true)
    public int count() {
        return repository.count();
    }

    /** Whether an admin ever approved this account as a chef, even if the approval was taken back since. */
    @Transactional(readOnly = true)
    public boolean everApprovedChef(UUID id) {
        return repository.everApprovedChef(id);
    }

    /** Whether an admin approved this account as a chef. */
    @Transactional(readOnly = true)
    public boolean isApprovedChef(UUID id) {
        return repository.isApprovedChef(id);
    }

    /**
     * A marketplace account acts as a customer or, if an admin approved it as a chef, as a chef.
     *
     * @throws Refusal.NotAllowed for the chef role without the approval
     * @return the account as it now is
     */
    @Transactional
    public UserAccount actAs(UUID id, Role role) {
        if (role == Role.CHEF && !repository.lockApprovedChef(id)) {
            throw Refusal.notAllowed("You are not a chef.");
        }
        repository.updateRole(id, role);
        return repository.findById(id).orElseThrow(() -> Refusal.notFound("User not found"));
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return repository.anyWithRole(Role.ADMIN);
    }

    /**
     * An admin changes an account's role, chef link or whether it may sign in.
     *
     * @throws Refusal 404 for an unknown account
     */
    @Transactional
    public UserAccount change(UUID id, @Nullable Role role, @Nullable UUID chefId, @Nullable Boolean disabled) {
        UserAccount current = repository.findById(id).orElseThrow(() -> Refusal.notFound("User not found"));
        UserAccount changed = new UserAccount(current.id(), current.email(), current.name(),
                role != null ? role : current.role(), chefId != null ? chefId : current.chefId(),
                current.createdAt(), current.lastLoginAt(),
                disabled == null ? current.disabledAt() : disabled ? clock.instant() : null);
        repository.update(changed);
        if (role != null) {
            repository.updateApproval(id, role == Role.CHEF);
        }
        AuditableChangeMade.byCurrentStaff("user.updated", "user", id.toString(), "Changed account " + current.email(),
                Map.of("role", current.role().code(), "disabled", current.isDisabled()),
                Map.of("role", changed.role().code(), "disabled", changed.isDisabled()), clock.instant())
                        .ifPresent(events::publishEvent);
        return changed;
    }
}
