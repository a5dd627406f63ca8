package com.chefweb.chefs.dashboard;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefCommitmentReported;
import com.chefweb.chefs.events.ChefOfferingReported;
import com.chefweb.chefs.events.ChefSalePaid;
import com.chefweb.chefs.events.ChefSaleRefunded;
import com.chefweb.identity.events.MarketplaceProfileSaved;

/** Keeps the dashboard's read models from what the other modules announce. */
@Component
class DashboardListener {

    private final ChefDashboardRepository dashboard;

    DashboardListener(ChefDashboardRepository dashboard) {
        this.dashboard = dashboard;
    }

    @ApplicationModuleListener
    void on(MarketplaceProfileSaved saved) {
        dashboard.saveMember(saved.userId(), saved.emailConfirmed(), saved.savedAt());
    }

    @ApplicationModuleListener
    void on(ChefOfferingReported offering) {
        dashboard.saveOffering(offering);
    }

    @ApplicationModuleListener
    void on(ChefSalePaid paid) {
        dashboard.saveSale(paid);
    }

    @ApplicationModuleListener
    void on(ChefSaleRefunded refunded) {
        dashboard.saveRefund(refunded.orderId(), refunded.refundedAt());
    }

    @ApplicationModuleListener
    void on(ChefCommitmentReported reported) {
        dashboard.saveCommitment(reported);
    }
}
