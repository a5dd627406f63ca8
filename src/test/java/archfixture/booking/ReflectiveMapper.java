package archfixture.booking;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Bad: maps rows by reflection. Never executed; only its bytecode is inspected. */
public class ReflectiveMapper {

    public List<String> names(DSLContext db) {
        return db.select(DSL.field("name", String.class)).from(DSL.table("package")).fetchInto(String.class);
    }
}
