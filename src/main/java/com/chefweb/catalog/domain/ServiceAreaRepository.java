package com.chefweb.catalog.domain;

import static com.chefweb.catalog.jooq.Tables.SERVICE_AREA;
import static com.chefweb.catalog.jooq.Tables.TRAVEL_FEE_TIER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.ServiceAreaRules;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeePolicy;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeeTier;

@Repository
class ServiceAreaRepository {

    private final DSLContext db;

    ServiceAreaRepository(DSLContext db) {
        this.db = db;
    }

    List<ServiceArea> findAll(Currency currency) {
        var tiers = multiset(select(TRAVEL_FEE_TIER.UP_TO_MILES, TRAVEL_FEE_TIER.FEE_MINOR)
                .from(TRAVEL_FEE_TIER)
                .where(TRAVEL_FEE_TIER.SERVICE_AREA_ID.eq(SERVICE_AREA.ID))
                .orderBy(TRAVEL_FEE_TIER.UP_TO_MILES))
                .convertFrom(rows -> rows.map(tier -> new TravelFeeTier(tier.value1(), new Money(tier.value2(), currency))));
        return db.select(SERVICE_AREA.asterisk(), tiers)
                .from(SERVICE_AREA)
                .orderBy(SERVICE_AREA.SORT_ORDER, SERVICE_AREA.ID)
                .fetch(row -> new ServiceArea(new ServiceAreaRules(
                        row.get(SERVICE_AREA.ID), row.get(SERVICE_AREA.NAME),
                        List.of(row.get(SERVICE_AREA.STATES)), List.of(row.get(SERVICE_AREA.COUNTIES)),
                        List.of(row.get(SERVICE_AREA.CITIES)), List.of(row.get(SERVICE_AREA.POSTAL_CODES)),
                        row.get(SERVICE_AREA.TIME_ZONE),
                        TravelFeePolicy.valueOf(row.get(SERVICE_AREA.TRAVEL_FEE_POLICY).toUpperCase(Locale.ROOT)),
                        row.get(SERVICE_AREA.MAX_TRAVEL_MILES), row.get(tiers),
                        row.get(SERVICE_AREA.TAX_RATE_PERCENT).stripTrailingZeros()),
                        row.get(SERVICE_AREA.SORT_ORDER), row.get(SERVICE_AREA.ACTIVE)));
    }

    void insert(ServiceArea area) {
        ServiceAreaRules rules = area.rules();
        db.insertInto(SERVICE_AREA)
                .set(SERVICE_AREA.ID, rules.id())
                .set(SERVICE_AREA.NAME, rules.name())
                .set(SERVICE_AREA.STATES, rules.states().toArray(String[]::new))
                .set(SERVICE_AREA.COUNTIES, rules.counties().toArray(String[]::new))
                .set(SERVICE_AREA.CITIES, rules.cities().toArray(String[]::new))
                .set(SERVICE_AREA.POSTAL_CODES, rules.postalCodes().toArray(String[]::new))
                .set(SERVICE_AREA.TIME_ZONE, rules.timeZone())
                .set(SERVICE_AREA.TRAVEL_FEE_POLICY, rules.travelFeePolicy().name().toLowerCase(Locale.ROOT))
                .set(SERVICE_AREA.MAX_TRAVEL_MILES, rules.maxTravelMiles())
                .set(SERVICE_AREA.TAX_RATE_PERCENT, rules.taxRatePercent())
                .set(SERVICE_AREA.SORT_ORDER, area.sortOrder())
                .set(SERVICE_AREA.ACTIVE, area.active())
                .execute();
        for (TravelFeeTier tier : rules.travelFeeTiers()) {
            db.insertInto(TRAVEL_FEE_TIER)
                    .set(TRAVEL_FEE_TIER.SERVICE_AREA_ID, rules.id())
                    .set(TRAVEL_FEE_TIER.UP_TO_MILES, tier.upToMiles())
                    .set(TRAVEL_FEE_TIER.FEE_MINOR, tier.fee().minorUnits())
                    .execute();
        }
    }
}
