package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Vaadin's look-ups answered once where the answer cannot change (decision 0139): nothing found, or a Spring
 * singleton. A look-up that makes a new instance each time, a prototype bean and every {@code lookupAll} are asked
 * each time, as without the wrapper.
 */
class KeptLookupsTest {

    /** A type nobody provides. */
    interface Absent {
    }

    /** A type a Spring singleton provides. */
    static final class Holder {
    }

    /** A type provided by a new instance per look-up, as a service file is. */
    static final class Made {
    }

    /** A prototype bean's type. */
    static final class Prototype {
    }

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final List<Class<?>> asked = new ArrayList<>();

    /** Vaadin's Spring look-up as far as these tests need: Spring first, then a new instance for {@link Made}. */
    private final Lookup vaadins = new Lookup() {
        @Override
        public <T> T lookup(Class<T> type) {
            asked.add(type);
            if (type == Made.class) {
                return type.cast(new Made());
            }
            Collection<T> found = beans.getBeansOfType(type).values();
            return found.isEmpty() ? null : found.iterator().next();
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            asked.add(type);
            return beans.getBeansOfType(type).values();
        }
    };

    private final Lookup kept = new KeptLookups.Kept(vaadins, beans);

    KeptLookupsTest() {
        beans.registerSingleton("holder", new Holder());
        RootBeanDefinition prototype = new RootBeanDefinition(Prototype.class);
        prototype.setScope(RootBeanDefinition.SCOPE_PROTOTYPE);
        beans.registerBeanDefinition("prototype", prototype);
    }

    @Test
    void aTypeNobodyProvidesIsAskedForOnce() {
        assertThat(kept.lookup(Absent.class)).isNull();
        assertThat(kept.lookup(Absent.class)).isNull();
        assertThat(kept.lookup(Absent.class)).isNull();

        assertThat(asked).containsExactly(Absent.class);
    }

    @Test
    void aSpringSingletonIsAskedForOnceAndIsTheBean() {
        Holder first = kept.lookup(Holder.class);

        assertThat(first).isSameAs(beans.getBean("holder"));
        assertThat(kept.lookup(Holder.class)).isSameAs(first);
        assertThat(asked).containsExactly(Holder.class);
    }

    @Test
    void whatIsMadeAfreshOnEachLookupIsAskedForEachTime() {
        Made first = kept.lookup(Made.class);
        Made second = kept.lookup(Made.class);

        assertThat(second).isNotNull().isNotSameAs(first);
        assertThat(asked).containsExactly(Made.class, Made.class);
    }

    @Test
    void aPrototypeBeanIsAskedForEachTime() {
        Prototype first = kept.lookup(Prototype.class);
        Prototype second = kept.lookup(Prototype.class);

        assertThat(second).isNotNull().isNotSameAs(first);
        assertThat(asked).containsExactly(Prototype.class, Prototype.class);
    }

    @Test
    void lookupAllIsAskedEachTime() {
        Supplier<Collection<Holder>> all = () -> kept.lookupAll(Holder.class);

        assertThat(all.get()).containsExactly((Holder) beans.getBean("holder"));
        assertThat(all.get()).hasSize(1);
        assertThat(asked).containsExactly(Holder.class, Holder.class);
    }
}
