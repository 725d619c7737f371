package vn.sohoa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class whose assertions are about the whole process, such as what a batch does within the
 * test JVM's heap: Surefire runs it in a JVM of its own (the {@code own-jvm} execution in
 * pom.xml), not in the shared one where the Spring contexts cached by the other test classes hold
 * part of that heap and would make its pages run out of memory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OwnJvm.TAG)
public @interface OwnJvm {

    String TAG = "own-jvm";
}
