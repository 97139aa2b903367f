/// Why a record was rejected: FEEDS.md's list ("Reject reasons (the exact
/// strings)"), word for word. The raw value is what rejects.csv, quality.json
/// and the database say; a reason that is not here cannot be written.
enum RejectReason: String, CaseIterable, Sendable {
    // Police registrations and repatriate families.
    case missingID = "missing id"
    case missingDocHash = "missing docHash"
    case missingRegistrationDate = "missing registration date"
    case impossibleDate = "impossible date"
    case outsideReportingYear = "outside reporting year"
    case arrivalAfterRegistration = "arrival after registration"
    case citizenOfKazakhstan = "citizen of Kazakhstan"
    case invalidRevision = "invalid revision"
    case invalidStatus = "invalid status"
    // Migration slips.
    case missingSlipID = "missing slip_id"
    case invalidKind = "invalid kind"
    case wrongNumberOfFields = "wrong number of fields"
    // Labour quota and permits.
    case invalidBIN = "invalid BIN"
    case missingPermitNumber = "missing permit number"
    case nonPositiveWorkerCount = "non-positive worker count"
    case nonIntegerWorkerCount = "non-integer worker count"
    case unknownCategory = "unknown category"
    case unknownStatus = "unknown status"
    case duplicateCategory = "duplicate category"
    // Repatriate families.
    case noHeadMember = "no head member"
    case moreThanOneHeadMember = "more than one head member"
    case duplicateFamilyID = "duplicate family id"
    case negativeAmount = "negative amount"
    case invalidAmount = "invalid amount"
    case unknownPaymentKind = "unknown payment kind"
    // Refugee cases.
    case missingApplicationDate = "missing application date"
    case decisionBeforeApplication = "decision before application"
    case cessationWithoutGrant = "cessation without grant"
    case unknownOutcome = "unknown outcome"
    case unknownBasis = "unknown basis"
    case invalidPersons = "invalid persons"
    // Population and vital rows.
    case duplicateRow = "duplicate row"
    case invalidCount = "invalid count"
    case unknownItem = "unknown item"
    case unknownSex = "unknown sex"
    case missingSex = "missing sex"

    // migstat's own, beyond FEEDS.md's list: bounds on numbers the contract
    // leaves open (a quota cell that is no count, a worker count past any
    // employer), so that hostile input cannot overflow a sum.
    case invalidQuota = "invalid quota"
    case workerCountTooLarge = "worker count too large"
}

/// What a warning counts (FEEDS.md's "Warnings"): the record still counts.
enum RecordWarning: String, CaseIterable, Sendable {
    case citizenshipMismatch = "citizenship code/name mismatch"
    case partnerMismatch = "partner code/name mismatch"
    case unknownPurpose = "unknown purpose"
    case unknownEthnicity = "unknown ethnicity"
    case unknownCountry = "unknown country"
    case noQuotaFile = "no quota file"
}
