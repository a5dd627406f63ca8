package archfixture.booking;

import archfixture.catalog.jooq.Tables;

/** Bad: booking naming the catalog's tables instead of listening to its events. */
public class CrossModuleReader {

    public String table() {
        return Tables.servicePackage();
    }
}
