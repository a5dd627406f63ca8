package com.chefweb.catalog.domain;

import static com.chefweb.catalog.jooq.Tables.MENU_ITEM;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class MenuRepository {

    private final DSLContext db;

    MenuRepository(DSLContext db) {
        this.db = db;
    }

    List<MenuItem> findActive() {
        return db.select(MENU_ITEM.ID, MENU_ITEM.NAME, MENU_ITEM.DESCRIPTION, MENU_ITEM.SORT_ORDER)
                .from(MENU_ITEM)
                .where(MENU_ITEM.ACTIVE)
                .orderBy(MENU_ITEM.SORT_ORDER, MENU_ITEM.ID)
                .fetch(Records.mapping(MenuItem::new));
    }

    void insert(MenuItem item) {
        db.insertInto(MENU_ITEM)
                .set(MENU_ITEM.ID, item.id())
                .set(MENU_ITEM.NAME, item.name())
                .set(MENU_ITEM.DESCRIPTION, item.description())
                .set(MENU_ITEM.SORT_ORDER, item.sortOrder())
                .execute();
    }
}
