package com.chefweb.chefs.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.chefs.profile.ChefProfiles;
import com.chefweb.chefs.waitlist.WaitlistSettings;
import com.chefweb.chefs.waitlist.WaitlistStatus;
import com.chefweb.chefs.waitlist.Waitlists;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.CurrentActor;

/** Chefs' waitlists: a chef's settings, and customers subscribing to hear of new events. */
@RestController
@RequestMapping("/chefs/api")
@Tag(name = "Chef waitlists", description = "Customers subscribe to hear when a chef opens new events")
class WaitlistController {

    private final Waitlists waitlists;
    private final ChefProfiles profiles;

    WaitlistController(Waitlists waitlists, ChefProfiles profiles) {
        this.waitlists = waitlists;
        this.profiles = profiles;
    }

    @GetMapping({"/waitlist/config", "/waitlist/config/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "Waitlists are on for the marketplace; a signed-in chef also gets their own settings")
    Map<String, Object> config() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", true);
        // public: a chef whose profile is still being opened simply gets no settings yet, without waiting for it
        CurrentActor.get().filter(actor -> "chef".equals(actor.role())).flatMap(actor -> actor.userId())
                .flatMap(profiles::knownChefIdOf).ifPresent(chefId -> {
                    WaitlistSettings mine = waitlists.settings(chefId);
                    body.put("chef_enabled", mine.enabled());
                    body.put("cooldown_hours", mine.cooldownHours());
                });
        return body;
    }

    @RequestMapping(path = {"/waitlist/config", "/waitlist/config/"},
            method = {RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.POST})
    @Access(Level.CHEF)
    @Operation(summary = "A chef opens or closes their waitlist and sets the hours between announcements")
    Map<String, Object> configure(@RequestBody ConfigForm form) {
        WaitlistSettings settings = waitlists.configure(profiles.chefIdOf(ChefUser.id()), form.enabled(),
                form.cooldownHours());
        return Map.of("enabled", settings.enabled(), "cooldown_hours", settings.cooldownHours());
    }

    @GetMapping({"/public/{id:\\d+}/waitlist/status", "/public/{id:\\d+}/waitlist/status/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "A chef's waitlist as the caller sees it (subscribed only when signed in)")
    Map<String, Object> status(@PathVariable String id) {
        return status(waitlists.status(PublicChefController.chefId(id), ChefUser.viewer().orElse(null)));
    }

    @PostMapping({"/public/{id:\\d+}/waitlist/subscribe", "/public/{id:\\d+}/waitlist/subscribe/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Join a chef's waitlist (joining again is fine)")
    Map<String, Object> subscribe(@PathVariable String id) {
        WaitlistStatus status = waitlists.subscribe(PublicChefController.chefId(id), ChefUser.id());
        Map<String, Object> body = status(status);
        body.put("status", "ok");
        return body;
    }

    @DeleteMapping({"/public/{id:\\d+}/waitlist/unsubscribe", "/public/{id:\\d+}/waitlist/unsubscribe/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Leave a chef's waitlist (404 when not on it)")
    ResponseEntity<Void> unsubscribe(@PathVariable String id) {
        waitlists.unsubscribe(PublicChefController.chefId(id), ChefUser.id());
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> status(WaitlistStatus status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chef_id", status.chefId());
        body.put("enabled", status.enabled());
        body.put("upcoming_events_count", status.upcomingEventsCount());
        body.put("subscribed", status.subscribed());
        body.put("can_subscribe", status.canSubscribe());
        body.put("chef_is_on_break", status.chefOnBreak());
        return body;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ConfigForm(@Nullable Boolean enabled, @Nullable Integer cooldownHours) {
    }
}
