package archfixture.catalog.jooq;

/** Stands in for the catalog module's generated jOOQ table references. */
public final class CatalogTableNames {

    private CatalogTableNames() {
    }

    public static String servicePackage() {
        return "catalog.service_package";
    }
}
