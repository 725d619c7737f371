package vn.sohoa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * The structure of the tree (docs/architecture.md), checked on the compiled classes: no package
 * cycle, each layer uses only the layers below it, the stages use only the stages before them, the
 * product never uses the tools, and the faces leave auditing to the services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTests {

    /** The pipeline's stages in the order a file flows through them. */
    static final List<String> STAGES = List.of("intake", "pages", "ocr", "preprocess", "codes", "text", "metadata", "split",
            "signing", "pdf", "archive", "quarantine", "index");

    private JavaClasses classes;

    @BeforeAll
    void importTheProduct() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.sohoa");
    }

    @Test
    void noPackageIsInACycle() {
        slices().matching("vn.sohoa.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Foundation").definedBy("vn.sohoa", "vn.sohoa.model..", "vn.sohoa.failure..", "vn.sohoa.timing..",
                        "vn.sohoa.storage..")
                .layer("Pipeline").definedBy("vn.sohoa.pipeline..")
                .layer("Services").definedBy("vn.sohoa.services..")
                .layer("Operations").definedBy("vn.sohoa.operations..")
                .layer("Faces").definedBy("vn.sohoa.faces..")
                .layer("Tools").definedBy("vn.sohoa.tools..")
                .whereLayer("Tools").mayNotBeAccessedByAnyLayer()
                .whereLayer("Faces").mayOnlyBeAccessedByLayers("Tools")
                .whereLayer("Operations").mayOnlyBeAccessedByLayers("Faces", "Tools")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Operations", "Faces", "Tools")
                .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Services", "Operations", "Faces", "Tools")
                .check(classes);
    }

    @Test
    void theFoundationKnowsNothingAboveItAndTheModelNotEvenStorage() {
        noClasses().that().resideInAnyPackage("vn.sohoa.model..", "vn.sohoa.failure..", "vn.sohoa.timing..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sohoa.storage..").check(classes);
        noClasses().that().resideInAnyPackage("vn.sohoa.failure..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sohoa.model..", "vn.sohoa.timing..").check(classes);
    }

    @Test
    void aStageUsesOnlyTheStagesBeforeIt() {
        for (int i = 0; i < STAGES.size() - 1; i++) {
            String[] later = STAGES.subList(i + 1, STAGES.size()).stream().map(s -> "vn.sohoa.pipeline." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("vn.sohoa.pipeline." + STAGES.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because("a file flows " + String.join(" → ", STAGES)).check(classes);
        }
    }

    @Test
    void everyStagePackageIsInTheFlow() {
        List<String> stages = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("vn.sohoa.pipeline."))
                .map(p -> p.substring("vn.sohoa.pipeline.".length()).split("\\.")[0]).distinct().sorted().toList();
        org.assertj.core.api.Assertions.assertThat(STAGES).containsExactlyInAnyOrderElementsOf(stages);
    }

    @Test
    void theFacesLeaveAuditingToTheServices() {
        noClasses().that().resideInAPackage("vn.sohoa.faces..")
                .should().callMethod(AuditTrail.class, "record", Actor.class, AuditAction.class, String.class, String.class)
                .orShould().callMethod(AuditTrail.class, "record", Actor.class, AuditAction.class, String.class, String.class, List.class)
                .check(classes);
    }
}
