package com.counteroffer.app.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassListsTest {

    private static final Set<String> RUNTIME = Set.of("java/lang/Object", "java/util/regex/Pattern",
            "javafx/scene/control/Labeled");

    @Test
    void keepsOnlyTheRuntimesClassesOnceEachWithoutIds() {
        List<String> window = List.of("# NOTE: Do not modify this file.", "java/lang/Object id: 0",
                "javafx/scene/control/Labeled", "com/counteroffer/app/Launcher", "");
        List<String> command = List.of("java/lang/Object id: 7", "com/fasterxml/jackson/databind/ObjectMapper",
                "java/util/regex/Pattern id: 9");

        assertEquals(List.of("java/lang/Object", "javafx/scene/control/Labeled", "java/util/regex/Pattern"),
                ClassLists.merge(List.of(window, command), RUNTIME::contains));
    }

    @Test
    void keepsLambdaProxiesOfRuntimeCallersAndMethodHandleForms() {
        String jdkProxy = "@lambda-proxy java/util/regex/Pattern is (I)Ljava/util/regex/Pattern$BmpCharPredicate; "
                + "(I)Z REF_invokeStatic java/util/regex/Pattern lambda$Single$7 (II)Z (I)Z";
        String appProxy = "@lambda-proxy com/counteroffer/data/StrictJson accept ()Ljava/util/function/Consumer; "
                + "(Ljava/lang/Object;)V REF_invokeStatic com/counteroffer/data/StrictJson lambda$x$0 (I)V (I)V";
        String invoker = "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L7_L";

        assertEquals(List.of(jdkProxy, invoker),
                ClassLists.merge(List.of(List.of(jdkProxy, appProxy, invoker, invoker)), RUNTIME::contains));
    }

    @Test
    void leavesOutClassesOfOtherLoaders() {
        List<String> list = List.of("java/lang/Object id: 1 super: 0 source: /tmp/some.jar");

        assertEquals(List.of(), ClassLists.merge(List.of(list), name -> true));
    }

    @Test
    void readsTheClassesOfARuntimeImage() {
        Set<String> classes = ClassLists.runtimeClasses(Path.of(System.getProperty("java.home")));

        assertTrue(classes.contains("java/lang/Object"), "java.base's classes");
        assertTrue(classes.contains("java/util/Map$Entry"), "nested classes keep their $ name");
        assertTrue(classes.stream().noneMatch(name -> name.startsWith("com/counteroffer/")), "no classpath classes");
    }

    @Test
    void classPathClassesAreTheOthersOnceEach() {
        List<String> window = List.of("# comment", "java/lang/Object id: 0", "com/counteroffer/app/Launcher",
                "@lambda-proxy com/counteroffer/data/StrictJson accept ()V", "x/Custom id: 3 super: 0 source: a.jar");
        List<String> command = List.of("com/counteroffer/app/Launcher", "org/sqlite/JDBC");

        assertEquals(List.of("com/counteroffer/app/Launcher", "org/sqlite/JDBC"),
                ClassLists.classPathClasses(List.of(window, command), RUNTIME::contains));
    }
}
