/**
 * Job-title words (English, French, Spanish, German) as regular-expression alternatives: a line
 * holding one reads as a job title rather than an organisation ("Senior Claims Analyst").
 */
export const TITLE_WORDS = [
  'engineer(?:in|s)?|developer|programmer|architect|manager|director|head|lead|leader|chief|officer',
  'president|vp|ceo|cto|cfo|coo|founder|co-?founder|owner|partner|analyst|scientist|researcher',
  'assistant|associate|consultant|specialist|coordinator|administrator|admin|designer|intern|co-?op',
  'internship|trainee|apprentice|technician|accountant|auditor|controller|nurse|physician|doctor',
  'therapist|pharmacist|teacher|tutor|instructor|professor|lecturer|coach|volunteer|member',
  'representative|agent|clerk|cashier|receptionist|secretary|supervisor|executive|advisor|adviser',
  'editor|writer|author|producer|marketer|recruiter|strategist|planner|operator|sre|devops|tester|qa',
  'scrum master|product owner|fellow|postdoc|ta|mentor|organizer|ambassador|chair|treasurer|captain',
  'buyer|merchandiser|paralegal|attorney|lawyer|counsel|worker|driver|chef|cook|server|barista|staff',
  'employee|freelancer?|contractor|mechanic|electrician|pilot|photographer|artist|journalist',
  'ingenieur\\w*|ingénieur\\w*|développeu\\w+|developpeu\\w+|chef de projet|responsable|stagiaire|chargée?',
  'directeur|directrice|gérant\\w*|conseill\\w+|technicien\\w*|comptable|infirmi\\w+|enseignant\\w*',
  'professeur|assistante?|ingeniero\\w*|desarrollador\\w*|programador\\w*|gerente|jefe|jefa|director\\w*',
  'analista|becario|becaria|practicante|asistente|consultor\\w*|coordinador\\w*|técnico|tecnico',
  'contador\\w*|enfermer\\w+|profesor\\w*|entwickler\\w*|leiter\\w*|praktikant\\w*|werkstudent\\w*|berater\\w*',
  'geschäftsführer\\w*|mitarbeiter\\w*|referent\\w*|sachbearbeiter\\w*|softwareentwickler\\w*',
  'projektleiter\\w*|senior|junior|principal|staff engineer|\\w+ologists?|\\w+icians?|counsel+ors?',
  'dentist|surgeon|veterinarian|paramedic|hygienist|dietitian|nutritionist|physiotherapist|midwife',
  'caregiver|aide|librarian|curator|translator|interpreter|copywriter|economist|actuary|underwriter',
  'bookkeeper|teller|banker|broker|realtor|surveyor|estimator|inspector|investigator|firefighter',
  'sergeant|lieutenant|superintendent|foreman|custodian|janitor|housekeeper|bartender|waiter|waitress',
  'hostess|carpenter|plumber|welder|machinist|laborer|labourer|nanny|registrar|solicitor|barrister',
  'dispatcher|courier|scheduler|animator|illustrator|videographer|reporter|correspondent|stylist',
  'trainer|lifeguard|attendant|concierge|resident|scholar|psychologue|avocate?|vendeu(?:r|se)',
  'serveu(?:r|se)|caissi[èe]re?|abogad[oa]|vendedor[a]?|camarer[oa]|cajer[oa]|m[ée]dic[oa]|auxiliar',
  'administrativ[oa]|encargad[oa]|dependient[ae]|kauf(?:mann|frau)|verk[äa]ufer(?:in)?',
  'assistent(?:in)?|[äa]rzt(?:in)?|lehrer(?:in)?|erzieher(?:in)?|fachinformatiker(?:in)?',
  'techniker(?:in)?|elektriker(?:in)?|mechaniker(?:in)?',
].join('|');
