package com.chefweb.notify.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.notify.messages.TemplatePreviews;
import com.chefweb.notify.messages.TemplatePreviews.Preview;
import com.chefweb.notify.messages.TemplatePreviews.Template;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/** Every email and text the service writes, and each one rendered with sample data, for the admins to read. */
@RestController
@RequestMapping("/api/admin/notifications/templates")
@Access(Level.STAFF)
@Tag(name = "Admin console")
class AdminTemplateController {

    private final TemplatePreviews previews;

    AdminTemplateController(TemplatePreviews previews) {
        this.previews = previews;
    }

    @GetMapping
    @Operation(summary = "The messages the service writes: name, channel (email, sms) and when it is sent")
    Templates list() {
        return new Templates(previews.templates());
    }

    @GetMapping("/{name}/preview")
    @Operation(summary = "One message rendered with sample data by the code that writes it; nothing is sent or kept")
    Preview preview(@PathVariable String name) {
        return previews.render(name)
                .orElseThrow(() -> Refusal.notFound("No template is called " + name
                        + "; GET /api/admin/notifications/templates lists them"))
                .orElseThrow(() -> Refusal.conflict("With the current settings this message has nobody to go to "
                        + "(no admin email is configured: CHEFWEB_NOTIFY_ADMIN_EMAILS)"));
    }

    record Templates(List<Template> templates) {
    }
}
