package org.oversight.scale;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words the generated data set is written in: recommendation clauses and actions per theme, incidents, update
 * bodies and names. Varied enough that text search finds a realistic share of items ("grooming" in a few per
 * cent, "training" in many) and that no two neighbouring rows read the same.
 */
final class Vocabulary {

    /** Per theme code: what a recommendation asks for, completing "… should …". */
    static final Map<String, List<String>> CLAUSES = Map.ofEntries(
            Map.entry("CHILD_PROTECTION", List.of(
                    "make sure that child protection referrals are assessed by a specialist within 24 hours",
                    "improve the quality of joint visits with children's social care",
                    "review how risk to children is recorded on its case management system")),
            Map.entry("CSE", List.of(
                    "develop its understanding of the extent of child sexual exploitation in its area",
                    "make sure that children at risk of sexual exploitation are identified and safeguarded",
                    "share intelligence on perpetrators of child sexual exploitation with partner agencies")),
            Map.entry("ONLINE_GROOMING", List.of(
                    "train call handlers to recognise reports of online grooming and to record them as crimes",
                    "give parents who report online grooming information about specialist agencies such as CEOP",
                    "make sure that devices seized in online grooming cases are examined without delay")),
            Map.entry("MISSING_CHILDREN", List.of(
                    "improve its response to children who repeatedly go missing from home",
                    "carry out return home interviews with every child reported missing more than twice",
                    "make sure that the link between missing episodes and exploitation is understood")),
            Map.entry("CALL_HANDLING", List.of(
                    "reduce the time callers wait for the non-emergency number to be answered",
                    "use a structured risk assessment for every call about a vulnerable person",
                    "audit calls closed with no further action to check that the decision was right")),
            Map.entry("TRAINING", List.of(
                    "provide further training to frontline officers on recognising vulnerability",
                    "evaluate whether its training changes what officers do on the street",
                    "make sure that supervisors complete the national investigation training")),
            Map.entry("RECORDS", List.of(
                    "improve the standard of recording so that decisions and safeguarding measures are captured",
                    "make sure that its records of intelligence are reviewed and kept up to date",
                    "correct the data quality problems in its records management system")),
            Map.entry("SUPERVISION", List.of(
                    "improve supervision of investigations so that every case has a documented plan",
                    "make sure that supervisors review high-risk cases within the agreed time",
                    "give sergeants the time and training they need to supervise investigations")),
            Map.entry("CUSTODY", List.of(
                    "make sure that children are not detained in police custody overnight unnecessarily",
                    "improve the recording of the use of force in custody",
                    "make sure that detainees at risk are checked at the intervals their risk requires")),
            Map.entry("DOMESTIC_ABUSE", List.of(
                    "make sure that domestic abuse risk assessments are completed at every incident",
                    "increase its use of domestic violence protection notices and orders",
                    "review how it responds to repeat victims of domestic abuse")),
            Map.entry("VULNERABILITY", List.of(
                    "make sure that officers identify vulnerable victims at the first point of contact",
                    "work with mental health services so that people in crisis get the right help",
                    "review how it safeguards adults at risk of exploitation")),
            Map.entry("CYBERCRIME", List.of(
                    "improve its capability to investigate cybercrime outside specialist units",
                    "reduce the backlog of digital devices awaiting examination",
                    "train officers in the collection of digital evidence")),
            Map.entry("PARTNERSHIP", List.of(
                    "agree information-sharing arrangements with the local safeguarding partnership",
                    "work with local authorities to find alternative accommodation for children in custody",
                    "evaluate its joint work with health and education partners")),
            Map.entry("STOP_SEARCH", List.of(
                    "make sure that the grounds for every stop and search are recorded and reviewed",
                    "explain to communities how it uses stop and search and what it finds",
                    "monitor the use of stop and search by ethnicity and act on disparities")),
            Map.entry("CRIME_RECORDING", List.of(
                    "make sure that every crime reported to it is recorded within 24 hours",
                    "audit incidents closed without a crime record every day",
                    "train control room staff in the national crime recording standard")),
            Map.entry("LEADERSHIP", List.of(
                    "make sure that its leaders understand and act on the findings of staff surveys",
                    "improve how it identifies and develops future leaders",
                    "strengthen its counter-corruption capability and vetting")));

    static final List<String> ACTION_VERBS = List.of("Review", "Introduce", "Deliver", "Audit", "Update", "Pilot",
            "Embed", "Evaluate", "Publish", "Agree");

    static final List<String> ACTION_OBJECTS = List.of("the force policy", "a training package", "the supervision checklist",
            "the risk assessment form", "performance reporting", "the information-sharing agreement", "guidance for staff",
            "the quality assurance process", "the IT system changes", "the partnership protocol", "a dip-sample audit",
            "the communications plan");

    static final List<String> IOPC_INCIDENTS = List.of("the handling of a call reporting a missing child",
            "a death following police contact", "the response to reports of domestic abuse",
            "a road traffic collision during a police pursuit", "the handling of reports of online grooming",
            "the use of force during an arrest", "the care of a vulnerable detainee in custody",
            "the response to a report of stalking", "the handling of a mental health crisis");

    static final List<String> UPDATE_BODIES = List.of("Work continues as planned; next review at the governance board.",
            "Draft completed and circulated for consultation with partners.",
            "Training sessions delivered to the first cohort; remaining sessions booked.",
            "Dip sample of 50 cases completed; findings presented to the chief officer group.",
            "Delay while the supplier completes the IT change; revised timetable agreed internally.",
            "Policy approved at the force executive board and published on the intranet.",
            "Pilot running in two districts; evaluation under way.",
            "Partners have signed the revised protocol.", "Audit shows improvement; a further audit is planned.");

    static final List<String> COMPLETION = List.of("All actions complete; audit evidence attached.",
            "New process embedded and audited over three months with consistent results.",
            "Training delivered to all relevant staff; attendance records and evaluation attached.",
            "Policy published and compliance checked by the professional standards department.");

    static final List<String> RETURN_PLAN = List.of("The plan does not say who owns each action.",
            "Target dates are missing for two actions.", "The plan does not address the cause of concern in full.");

    static final List<String> RETURN_CLAIM = List.of("The evidence does not show the change has been sustained.",
            "Please provide the audit results referred to in the summary.");

    static final List<String> CLOSE_NOT_IMPLEMENTED = List.of("The force has decided not to implement this recommendation.",
            "No evidence of implementation after repeated requests.");

    static final List<String> NO_FURTHER_ACTION = List.of("Overtaken by national changes to the guidance.",
            "The force no longer provides this service.");

    static final List<String> SUPERSEDED = List.of("Superseded by a recommendation in a later inspection.",
            "Superseded by the national thematic recommendation.");

    static final List<String> REOPEN = List.of("Re-inspection found the improvement was not sustained.",
            "A further complaint shows the issue has returned.");

    static final List<String> FIRST_NAMES = List.of("Amira", "Ben", "Chloe", "Dev", "Eleanor", "Femi", "Gareth", "Hannah",
            "Imran", "Jo", "Kieran", "Laura", "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sarah", "Tom", "Yasmin");

    static final List<String> LAST_NAMES = List.of("Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green",
            "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "O'Neill", "Patel", "Roberts", "Singh",
            "Taylor", "Williams");

    static final List<String> RANKS = List.of("Ch Supt", "Supt", "DCI", "Chief Inspector", "Inspector", "DI",
            "Head of", "Sergeant");

    private Vocabulary() {
    }

    static <T> T pick(SplittableRandom rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    static String person(SplittableRandom rng) {
        return pick(rng, FIRST_NAMES) + " " + pick(rng, LAST_NAMES);
    }

    static String owner(SplittableRandom rng) {
        return pick(rng, RANKS) + " " + pick(rng, FIRST_NAMES).charAt(0) + ". " + pick(rng, LAST_NAMES);
    }

    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
