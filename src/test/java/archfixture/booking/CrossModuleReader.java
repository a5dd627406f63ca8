package archfixture.booking;

import archfixture.catalog.jooq.CatalogTableNames;

/** Bad: booking naming the catalog's tables instead of listening to its events. */
public class CrossModuleReader {

    public String table() {
        return CatalogTableNames.servicePackage();
    }
}
