package vn.sohoa.pipeline.pdf;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.WrapFactory;

/**
 * The Rhino contexts veraPDF evaluates its rules in, made to keep what Rhino learns by reflection
 * about veraPDF's model classes from one validation to the next.
 *
 * <p>veraPDF tests each rule as a JavaScript expression over Java model objects, and it starts
 * every validation with a new standard scope. Rhino keeps its reflection of a Java class (its
 * methods and bean properties) in the top-level scope the wrapped object belongs to, so each new
 * scope reflected every model class again: a twentieth of a born-digital file's Java time
 * (measured with JFR). Here Java objects are wrapped in one lasting scope per thread instead
 * (veraPDF enters and leaves a context per validation, so the context cannot hold it). Only where
 * reflection is cached changes: the rule scripts, their scope and their results are veraPDF's own.
 */
final class RuleScriptContexts extends ContextFactory {

    private final WrapFactory wraps = new LastingReflectionWrapFactory();

    private RuleScriptContexts() {
    }

    /**
     * Makes this the JVM's global context factory, the one veraPDF's {@code Context.enter()} uses;
     * leaves another application's factory in place. Call before the first validation.
     */
    static synchronized void install() {
        if (!ContextFactory.hasExplicitGlobal()) {
            ContextFactory.initGlobal(new RuleScriptContexts());
        }
    }

    @Override
    protected Context makeContext() {
        Context context = super.makeContext();
        context.setWrapFactory(wraps);
        return context;
    }

    /**
     * Wraps Java objects in the thread's lasting scope, so Rhino's class cache outlives veraPDF's
     * scopes. One scope per thread, as veraPDF keeps its compiled rules per thread: Rhino objects
     * are not meant to be shared between threads without sealing.
     */
    private static final class LastingReflectionWrapFactory extends WrapFactory {

        private final ThreadLocal<Scriptable> reflectionScopes = new ThreadLocal<>();

        @Override
        public Scriptable wrapAsJavaObject(Context context, Scriptable scope, Object javaObject, Class<?> staticType) {
            Scriptable reflectionScope = reflectionScopes.get();
            if (reflectionScope == null) {
                reflectionScope = context.initStandardObjects();
                reflectionScopes.set(reflectionScope);
            }
            return super.wrapAsJavaObject(context, reflectionScope, javaObject, staticType);
        }
    }
}
