package io.storyweave.release;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries the Java module system would enforce if every dependency had a module
 * name (see README "Modules"): the core knows no plugin, plugins and the test kit use only the
 * core's API and SPI, each plugin's internals stay inside it, and the public API and SPI never
 * expose an internal type. Checked on the published library classes (tests excluded).
 */
class ModuleBoundariesIT {
    private static final String[] PLUGINS = {"io.storyweave.bedrock..", "io.storyweave.dynamodb..",
            "io.storyweave.testing..", "io.storyweave.micrometer.."};
    private static final String[] CORE = {"io.storyweave", "io.storyweave.spi..", "io.storyweave.internal.."};

    private static JavaClasses libraries;

    @BeforeAll
    static void importLibraries() {
        libraries = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.storyweave");
    }

    @Test
    void theLibrariesAreOnTheTestClassPath() {
        // Guards the rules below against passing on an empty import.
        assertThat(libraries.containPackage("io.storyweave.internal")).isTrue();
        assertThat(libraries.containPackage("io.storyweave.bedrock.internal")).isTrue();
        assertThat(libraries.containPackage("io.storyweave.dynamodb.internal")).isTrue();
        assertThat(libraries.containPackage("io.storyweave.testing")).isTrue();
        assertThat(libraries.containPackage("io.storyweave.micrometer")).isTrue();
    }

    @Test
    void theCoreNeverDependsOnAPluginOrTheTestKit() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(PLUGINS)
                .check(libraries);
    }

    @Test
    void pluginsAndTheTestKitUseOnlyTheCoresApiAndSpi() {
        noClasses().that().resideInAnyPackage(PLUGINS).should().dependOnClassesThat()
                .resideInAPackage("io.storyweave.internal..").check(libraries);
    }

    @Test
    void theSpiDependsOnNothingInternal() {
        noClasses().that().resideInAPackage("io.storyweave.spi..").should().dependOnClassesThat()
                .resideInAPackage("io.storyweave.internal..").check(libraries);
    }

    @Test
    void eachPluginsInternalsStayInsideIt() {
        noClasses().that().resideOutsideOfPackage("io.storyweave.bedrock..").should().dependOnClassesThat()
                .resideInAPackage("io.storyweave.bedrock.internal..").check(libraries);
        noClasses().that().resideOutsideOfPackage("io.storyweave.dynamodb..").should().dependOnClassesThat()
                .resideInAPackage("io.storyweave.dynamodb.internal..").check(libraries);
    }

    @Test
    void pluginsDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("io.storyweave.bedrock..").should().dependOnClassesThat()
                .resideInAPackage("io.storyweave.dynamodb..").check(libraries);
        noClasses().that().resideInAPackage("io.storyweave.dynamodb..").should().dependOnClassesThat()
                .resideInAPackage("io.storyweave.bedrock..").check(libraries);
    }

    @Test
    void thePublicApiAndSpiNeverExposeAnInternalType() {
        DescribedPredicate<JavaCodeUnit> publicInPublicApi = new DescribedPredicate<>("public members of public API/SPI types") {
            @Override
            public boolean test(JavaCodeUnit unit) {
                JavaClass owner = unit.getOwner();
                return unit.getModifiers().contains(JavaModifier.PUBLIC) && owner.getModifiers().contains(JavaModifier.PUBLIC)
                        && !owner.getPackageName().contains(".internal")
                        && (owner.getPackageName().equals("io.storyweave") || owner.getPackageName().equals("io.storyweave.spi")
                        || owner.getPackageName().equals("io.storyweave.bedrock")
                        || owner.getPackageName().equals("io.storyweave.dynamodb")
                        || owner.getPackageName().equals("io.storyweave.micrometer"));
            }
        };
        codeUnits().that(publicInPublicApi).should(exposeNoInternalType()).check(libraries);
    }

    private static ArchCondition<JavaCodeUnit> exposeNoInternalType() {
        DescribedPredicate<JavaClass> internal = resideInAPackage("..internal..");
        return new ArchCondition<>("expose no internal type in parameters, return type or exceptions") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>(unit.getRawParameterTypes());
                exposed.add(unit.getRawReturnType());
                exposed.addAll(unit.getExceptionTypes());
                for (JavaClass type : exposed) {
                    if (internal.test(type)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + type.getName()));
                    }
                }
            }
        };
    }
}
