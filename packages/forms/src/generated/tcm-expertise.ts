export type TcmExpertiseData = unknown;
