package org.oversight.publication;

/**
 * Why a watchdog withholds something from the public register. The IOPC's grounds come from the Police Reform Act
 * 2002, Schedule 3, paragraph 28B(7); the others are the ones any public body may rely on. The label is what the
 * public reads in "[withheld: …]".
 */
public enum Ground {
    PREJUDICE_TO_PROCEEDINGS("prejudice to proceedings (Police Reform Act 2002 Sch 3 para 28B(7))"),
    PERSONAL_DATA("personal data"),
    SAFETY_OF_A_PERSON("the safety of a person"),
    NATIONAL_SECURITY("national security"),
    PREVENTION_OF_CRIME("the prevention or detection of crime");

    private final String label;

    Ground(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the public sees in place of what is withheld. */
    public String marker() {
        return "[withheld: " + label + "]";
    }
}
