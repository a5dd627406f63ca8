package com.chefweb.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.identity.audit.AuditLog;
import com.chefweb.identity.audit.AuditQuery;
import com.chefweb.identity.web.AdminMessages.AuditEntryView;
import com.chefweb.identity.web.AdminMessages.AuditPage;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@RequestMapping("/api/admin/audit")
@Tag(name = "Audit log", description = "Every admin and staff change, newest first")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Access(Level.ADMIN)
    @Operation(summary = "Filter by actor, action, resource and time (from inclusive, to exclusive); page with limit and offset")
    AuditPage find(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(name = "resource_type", required = false) @Nullable String resourceType,
            @RequestParam(name = "resource_id", required = false) @Nullable String resourceId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        AuditQuery query = new AuditQuery(actor, action, resourceType, resourceId, from, to, limit, offset);
        return new AuditPage(auditLog.find(query).stream().map(AuditEntryView::of).toList(), auditLog.count(query),
                limit, offset);
    }
}
