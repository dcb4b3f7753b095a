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

    /** An administration with a team of four and a team of six, their two managers directly in the administration. */
    public static final String SMALL_TEAMS_UNITS = """
            unit_key,name,kind,parent_key
            K,Eksempel Kommune,MUNICIPALITY,
            ADM,Borger og Arbejdsmarked,ADMINISTRATION,K
            T4,Team Fire,TEAM,ADM
            T5,Team Fem,TEAM,ADM
            """;

    /** Team Fire has four people; Team Fem has six, so five can answer and one can decline. */
    public static final String SMALL_TEAMS_EMPLOYEES = """
            employee_number,name,email,unit_key,roles,manages
            1000,Mona Leder,mona@example.dk,ADM,,T4
            2000,Per Leder,per@example.dk,ADM,,T5
            1001,Ada Fire,ada@example.dk,T4,,
            1002,Bent Fire,bent@example.dk,T4,,
            1003,Carl Fire,carl@example.dk,T4,,
            1004,Dina Fire,dina@example.dk,T4,,
            2001,Eva Fem,eva@example.dk,T5,,
            2002,Finn Fem,finn@example.dk,T5,,
            2003,Gry Fem,gry@example.dk,T5,,
            2004,Hans Fem,hans@example.dk,T5,,
            2005,Ida Fem,ida@example.dk,T5,,
            2006,Jens Fem,jens@example.dk,T5,,
            9001,Hanne HR,hanne@example.dk,K,hr,
            """;

    /** The small teams, with Ada Fire as Team Fire's support person (superbruger). */
    public static final String SMALL_TEAMS_EMPLOYEES_WITH_A_SUPPORT_PERSON = SMALL_TEAMS_EMPLOYEES.replace(
            "1001,Ada Fire,ada@example.dk,T4,,", "1001,Ada Fire,ada@example.dk,T4,superbruger,");
}
