package dk.spor.security;

/** What a signed-in person may do in Spor. Managing is further limited to specific units. */
public enum Role {
    HR, MANAGER, EMPLOYEE, SUPPORT_PERSON, REPRESENTATIVE;

    /** Names used in {@code @Secured}, kept beside the enum so they cannot drift. */
    public static final class Names {
        public static final String HR = "HR";
        public static final String MANAGER = "MANAGER";
        public static final String EMPLOYEE = "EMPLOYEE";
        public static final String SUPPORT_PERSON = "SUPPORT_PERSON";
        public static final String REPRESENTATIVE = "REPRESENTATIVE";

        private Names() {
        }
    }
}
