package com.chefweb.identity.audit;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.events.AuditableChangeMade;

/** The audit log of every admin and staff change, recorded from the changes modules announce. */
@Service
public class AuditLog {

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(AuditableChangeMade change) {
        repository.insert(change);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query) {
        return repository.find(query);
    }

    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return repository.count(query);
    }
}
