package dk.spor.support;

/** Named organisations for tests, as the CSV files HR would export. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A municipality with one administration, one department and two teams. */
    public static final String UNITS = """
            unit_key,name,kind,parent_key
            K,Eksempel Kommune,MUNICIPALITY,
            ADM,Borger og Arbejdsmarked,ADMINISTRATION,K
            JC,Jobcenter,DEPARTMENT,ADM
            T1,Team Ung,TEAM,JC
            T2,Team Voksen,TEAM,JC
            """;

    /** Three people in team 1 (one manages it), two in team 2 (one manages it), an HR officer at the top. */
    public static final String EMPLOYEES = """
            employee_number,name,email,unit_key,roles,manages
            1001,Anne Leder,anne@example.dk,T1,,T1
            1002,Bo Medarbejder,bo@example.dk,T1,superbruger,
            1003,Cecilie Medarbejder,cecilie@example.dk,T1,,
            2001,Dorte Leder,dorte@example.dk,T2,,T2
            2002,Erik Medarbejder,erik@example.dk,T2,tillidsvalgt,
            9001,Hanne HR,hanne@example.dk,K,hr,
            """;
}
