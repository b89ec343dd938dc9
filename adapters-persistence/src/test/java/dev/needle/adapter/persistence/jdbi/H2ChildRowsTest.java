package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Child rows follow their owner on H2. */
class H2ChildRowsTest extends ChildRowsContract {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
