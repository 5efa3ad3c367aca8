// The lookup a string-coded catalog gets, written by hand as the generator will write it, over the SQLSTATE codes of
// definitions/postgres-sqlstate.csv (262 codes in catalog order). The tables are StringCodeTable.Build's output for
// those codes; SqlstateLookupBenchmarks checks that they still are before it measures.
// The shape is fixed whatever the catalog: a length test, one seeded FNV-1a loop over pairs of chars, two array reads and one ordinal comparison, with
// the displacements as one string literal and the slots filled from the codes on first use, no switch, no reflection, no allocation,
// and nothing newer than C# 7.3 and netstandard2.0.
#nullable enable
// Generated code is skipped by these analyzers; this copy of it is not. Aliases share a value (CA1069) and the one
// comparison is ordinal already, as string.Equals(string, string) is (CA1309).
#pragma warning disable CA1069, CA1309

namespace ErrorCodes.Benchmarks.StringCodes
{
    /// <summary>The SQLSTATE catalog's enum: 1-based in order of each code's first row; an alias shares its code's value.</summary>
    public enum SqlstateErrorCode
    {
        /// <summary><c>00000</c> (<c>successful_completion</c>)</summary>
        SuccessfulCompletion = 1,
        /// <summary><c>01000</c> (<c>warning</c>)</summary>
        Warning = 2,
        /// <summary><c>0100C</c> (<c>dynamic_result_sets_returned</c>)</summary>
        DynamicResultSetsReturned = 3,
        /// <summary><c>01008</c> (<c>implicit_zero_bit_padding</c>)</summary>
        ImplicitZeroBitPadding = 4,
        /// <summary><c>01003</c> (<c>null_value_eliminated_in_set_function</c>)</summary>
        NullValueEliminatedInSetFunction = 5,
        /// <summary><c>01007</c> (<c>privilege_not_granted</c>)</summary>
        PrivilegeNotGranted = 6,
        /// <summary><c>01006</c> (<c>privilege_not_revoked</c>)</summary>
        PrivilegeNotRevoked = 7,
        /// <summary><c>01004</c> (<c>string_data_right_truncation</c>)</summary>
        StringDataRightTruncation = 8,
        /// <summary><c>01P01</c> (<c>deprecated_feature</c>)</summary>
        DeprecatedFeature = 9,
        /// <summary><c>02000</c> (<c>no_data</c>)</summary>
        NoData = 10,
        /// <summary><c>02001</c> (<c>no_additional_dynamic_result_sets_returned</c>)</summary>
        NoAdditionalDynamicResultSetsReturned = 11,
        /// <summary><c>03000</c> (<c>sql_statement_not_yet_complete</c>)</summary>
        SqlStatementNotYetComplete = 12,
        /// <summary><c>08000</c> (<c>connection_exception</c>)</summary>
        ConnectionException = 13,
        /// <summary><c>08003</c> (<c>connection_does_not_exist</c>)</summary>
        ConnectionDoesNotExist = 14,
        /// <summary><c>08006</c> (<c>connection_failure</c>)</summary>
        ConnectionFailure = 15,
        /// <summary><c>08001</c> (<c>sqlclient_unable_to_establish_sqlconnection</c>)</summary>
        SqlclientUnableToEstablishSqlconnection = 16,
        /// <summary><c>08004</c> (<c>sqlserver_rejected_establishment_of_sqlconnection</c>)</summary>
        SqlserverRejectedEstablishmentOfSqlconnection = 17,
        /// <summary><c>08007</c> (<c>transaction_resolution_unknown</c>)</summary>
        TransactionResolutionUnknown = 18,
        /// <summary><c>08P01</c> (<c>protocol_violation</c>)</summary>
        ProtocolViolation = 19,
        /// <summary><c>09000</c> (<c>triggered_action_exception</c>)</summary>
        TriggeredActionException = 20,
        /// <summary><c>0A000</c> (<c>feature_not_supported</c>)</summary>
        FeatureNotSupported = 21,
        /// <summary><c>0B000</c> (<c>invalid_transaction_initiation</c>)</summary>
        InvalidTransactionInitiation = 22,
        /// <summary><c>0F000</c> (<c>locator_exception</c>)</summary>
        LocatorException = 23,
        /// <summary><c>0F001</c> (<c>invalid_locator_specification</c>)</summary>
        InvalidLocatorSpecification = 24,
        /// <summary><c>0L000</c> (<c>invalid_grantor</c>)</summary>
        InvalidGrantor = 25,
        /// <summary><c>0LP01</c> (<c>invalid_grant_operation</c>)</summary>
        InvalidGrantOperation = 26,
        /// <summary><c>0P000</c> (<c>invalid_role_specification</c>)</summary>
        InvalidRoleSpecification = 27,
        /// <summary><c>0Z000</c> (<c>diagnostics_exception</c>)</summary>
        DiagnosticsException = 28,
        /// <summary><c>0Z002</c> (<c>stacked_diagnostics_accessed_without_active_handler</c>)</summary>
        StackedDiagnosticsAccessedWithoutActiveHandler = 29,
        /// <summary><c>10608</c> (<c>invalid_argument_for_xquery</c>)</summary>
        InvalidArgumentForXquery = 30,
        /// <summary><c>20000</c> (<c>case_not_found</c>)</summary>
        CaseNotFound = 31,
        /// <summary><c>21000</c> (<c>cardinality_violation</c>)</summary>
        CardinalityViolation = 32,
        /// <summary><c>22000</c> (<c>data_exception</c>)</summary>
        DataException = 33,
        /// <summary><c>2202E</c> (no condition name)</summary>
        ArrayElementError = 34,
        /// <summary><c>2202E</c> (<c>array_subscript_error</c>)</summary>
        ArraySubscriptError = 34,
        /// <summary><c>22021</c> (<c>character_not_in_repertoire</c>)</summary>
        CharacterNotInRepertoire = 35,
        /// <summary><c>22008</c> (<c>datetime_field_overflow</c>)</summary>
        DatetimeFieldOverflow = 36,
        /// <summary><c>22008</c> (no condition name)</summary>
        DatetimeValueOutOfRange = 36,
        /// <summary><c>22012</c> (<c>division_by_zero</c>)</summary>
        DivisionByZero = 37,
        /// <summary><c>22005</c> (<c>error_in_assignment</c>)</summary>
        ErrorInAssignment = 38,
        /// <summary><c>2200B</c> (<c>escape_character_conflict</c>)</summary>
        EscapeCharacterConflict = 39,
        /// <summary><c>22022</c> (<c>indicator_overflow</c>)</summary>
        IndicatorOverflow = 40,
        /// <summary><c>22015</c> (<c>interval_field_overflow</c>)</summary>
        IntervalFieldOverflow = 41,
        /// <summary><c>2201E</c> (<c>invalid_argument_for_logarithm</c>)</summary>
        InvalidArgumentForLogarithm = 42,
        /// <summary><c>22014</c> (<c>invalid_argument_for_ntile_function</c>)</summary>
        InvalidArgumentForNtileFunction = 43,
        /// <summary><c>22016</c> (<c>invalid_argument_for_nth_value_function</c>)</summary>
        InvalidArgumentForNthValueFunction = 44,
        /// <summary><c>2201F</c> (<c>invalid_argument_for_power_function</c>)</summary>
        InvalidArgumentForPowerFunction = 45,
        /// <summary><c>2201G</c> (<c>invalid_argument_for_width_bucket_function</c>)</summary>
        InvalidArgumentForWidthBucketFunction = 46,
        /// <summary><c>22018</c> (<c>invalid_character_value_for_cast</c>)</summary>
        InvalidCharacterValueForCast = 47,
        /// <summary><c>22007</c> (<c>invalid_datetime_format</c>)</summary>
        InvalidDatetimeFormat = 48,
        /// <summary><c>22019</c> (<c>invalid_escape_character</c>)</summary>
        InvalidEscapeCharacter = 49,
        /// <summary><c>2200D</c> (<c>invalid_escape_octet</c>)</summary>
        InvalidEscapeOctet = 50,
        /// <summary><c>22025</c> (<c>invalid_escape_sequence</c>)</summary>
        InvalidEscapeSequence = 51,
        /// <summary><c>22P06</c> (<c>nonstandard_use_of_escape_character</c>)</summary>
        NonstandardUseOfEscapeCharacter = 52,
        /// <summary><c>22010</c> (<c>invalid_indicator_parameter_value</c>)</summary>
        InvalidIndicatorParameterValue = 53,
        /// <summary><c>22023</c> (<c>invalid_parameter_value</c>)</summary>
        InvalidParameterValue = 54,
        /// <summary><c>22013</c> (<c>invalid_preceding_or_following_size</c>)</summary>
        InvalidPrecedingOrFollowingSize = 55,
        /// <summary><c>2201B</c> (<c>invalid_regular_expression</c>)</summary>
        InvalidRegularExpression = 56,
        /// <summary><c>2201W</c> (<c>invalid_row_count_in_limit_clause</c>)</summary>
        InvalidRowCountInLimitClause = 57,
        /// <summary><c>2201X</c> (<c>invalid_row_count_in_result_offset_clause</c>)</summary>
        InvalidRowCountInResultOffsetClause = 58,
        /// <summary><c>2202H</c> (<c>invalid_tablesample_argument</c>)</summary>
        InvalidTablesampleArgument = 59,
        /// <summary><c>2202G</c> (<c>invalid_tablesample_repeat</c>)</summary>
        InvalidTablesampleRepeat = 60,
        /// <summary><c>22009</c> (<c>invalid_time_zone_displacement_value</c>)</summary>
        InvalidTimeZoneDisplacementValue = 61,
        /// <summary><c>2200C</c> (<c>invalid_use_of_escape_character</c>)</summary>
        InvalidUseOfEscapeCharacter = 62,
        /// <summary><c>2200G</c> (<c>most_specific_type_mismatch</c>)</summary>
        MostSpecificTypeMismatch = 63,
        /// <summary><c>22004</c> (<c>null_value_not_allowed</c>)</summary>
        NullValueNotAllowed = 64,
        /// <summary><c>22002</c> (<c>null_value_no_indicator_parameter</c>)</summary>
        NullValueNoIndicatorParameter = 65,
        /// <summary><c>22003</c> (<c>numeric_value_out_of_range</c>)</summary>
        NumericValueOutOfRange = 66,
        /// <summary><c>2200H</c> (<c>sequence_generator_limit_exceeded</c>)</summary>
        SequenceGeneratorLimitExceeded = 67,
        /// <summary><c>22026</c> (<c>string_data_length_mismatch</c>)</summary>
        StringDataLengthMismatch = 68,
        /// <summary><c>22001</c> (<c>string_data_right_truncation</c>)</summary>
        StringDataRightTruncation22001 = 69,
        /// <summary><c>22011</c> (<c>substring_error</c>)</summary>
        SubstringError = 70,
        /// <summary><c>22027</c> (<c>trim_error</c>)</summary>
        TrimError = 71,
        /// <summary><c>22024</c> (<c>unterminated_c_string</c>)</summary>
        UnterminatedCString = 72,
        /// <summary><c>2200F</c> (<c>zero_length_character_string</c>)</summary>
        ZeroLengthCharacterString = 73,
        /// <summary><c>22P01</c> (<c>floating_point_exception</c>)</summary>
        FloatingPointException = 74,
        /// <summary><c>22P02</c> (<c>invalid_text_representation</c>)</summary>
        InvalidTextRepresentation = 75,
        /// <summary><c>22P03</c> (<c>invalid_binary_representation</c>)</summary>
        InvalidBinaryRepresentation = 76,
        /// <summary><c>22P04</c> (<c>bad_copy_file_format</c>)</summary>
        BadCopyFileFormat = 77,
        /// <summary><c>22P05</c> (<c>untranslatable_character</c>)</summary>
        UntranslatableCharacter = 78,
        /// <summary><c>2200L</c> (<c>not_an_xml_document</c>)</summary>
        NotAnXmlDocument = 79,
        /// <summary><c>2200M</c> (<c>invalid_xml_document</c>)</summary>
        InvalidXmlDocument = 80,
        /// <summary><c>2200N</c> (<c>invalid_xml_content</c>)</summary>
        InvalidXmlContent = 81,
        /// <summary><c>2200S</c> (<c>invalid_xml_comment</c>)</summary>
        InvalidXmlComment = 82,
        /// <summary><c>2200T</c> (<c>invalid_xml_processing_instruction</c>)</summary>
        InvalidXmlProcessingInstruction = 83,
        /// <summary><c>22030</c> (<c>duplicate_json_object_key_value</c>)</summary>
        DuplicateJsonObjectKeyValue = 84,
        /// <summary><c>22031</c> (<c>invalid_argument_for_sql_json_datetime_function</c>)</summary>
        InvalidArgumentForSqlJsonDatetimeFunction = 85,
        /// <summary><c>22032</c> (<c>invalid_json_text</c>)</summary>
        InvalidJsonText = 86,
        /// <summary><c>22033</c> (<c>invalid_sql_json_subscript</c>)</summary>
        InvalidSqlJsonSubscript = 87,
        /// <summary><c>22034</c> (<c>more_than_one_sql_json_item</c>)</summary>
        MoreThanOneSqlJsonItem = 88,
        /// <summary><c>22035</c> (<c>no_sql_json_item</c>)</summary>
        NoSqlJsonItem = 89,
        /// <summary><c>22036</c> (<c>non_numeric_sql_json_item</c>)</summary>
        NonNumericSqlJsonItem = 90,
        /// <summary><c>22037</c> (<c>non_unique_keys_in_a_json_object</c>)</summary>
        NonUniqueKeysInAJsonObject = 91,
        /// <summary><c>22038</c> (<c>singleton_sql_json_item_required</c>)</summary>
        SingletonSqlJsonItemRequired = 92,
        /// <summary><c>22039</c> (<c>sql_json_array_not_found</c>)</summary>
        SqlJsonArrayNotFound = 93,
        /// <summary><c>2203A</c> (<c>sql_json_member_not_found</c>)</summary>
        SqlJsonMemberNotFound = 94,
        /// <summary><c>2203B</c> (<c>sql_json_number_not_found</c>)</summary>
        SqlJsonNumberNotFound = 95,
        /// <summary><c>2203C</c> (<c>sql_json_object_not_found</c>)</summary>
        SqlJsonObjectNotFound = 96,
        /// <summary><c>2203D</c> (<c>too_many_json_array_elements</c>)</summary>
        TooManyJsonArrayElements = 97,
        /// <summary><c>2203E</c> (<c>too_many_json_object_members</c>)</summary>
        TooManyJsonObjectMembers = 98,
        /// <summary><c>2203F</c> (<c>sql_json_scalar_required</c>)</summary>
        SqlJsonScalarRequired = 99,
        /// <summary><c>2203G</c> (<c>sql_json_item_cannot_be_cast_to_target_type</c>)</summary>
        SqlJsonItemCannotBeCastToTargetType = 100,
        /// <summary><c>23000</c> (<c>integrity_constraint_violation</c>)</summary>
        IntegrityConstraintViolation = 101,
        /// <summary><c>23001</c> (<c>restrict_violation</c>)</summary>
        RestrictViolation = 102,
        /// <summary><c>23502</c> (<c>not_null_violation</c>)</summary>
        NotNullViolation = 103,
        /// <summary><c>23503</c> (<c>foreign_key_violation</c>)</summary>
        ForeignKeyViolation = 104,
        /// <summary><c>23505</c> (<c>unique_violation</c>)</summary>
        UniqueViolation = 105,
        /// <summary><c>23514</c> (<c>check_violation</c>)</summary>
        CheckViolation = 106,
        /// <summary><c>23P01</c> (<c>exclusion_violation</c>)</summary>
        ExclusionViolation = 107,
        /// <summary><c>24000</c> (<c>invalid_cursor_state</c>)</summary>
        InvalidCursorState = 108,
        /// <summary><c>25000</c> (<c>invalid_transaction_state</c>)</summary>
        InvalidTransactionState = 109,
        /// <summary><c>25001</c> (<c>active_sql_transaction</c>)</summary>
        ActiveSqlTransaction = 110,
        /// <summary><c>25002</c> (<c>branch_transaction_already_active</c>)</summary>
        BranchTransactionAlreadyActive = 111,
        /// <summary><c>25008</c> (<c>held_cursor_requires_same_isolation_level</c>)</summary>
        HeldCursorRequiresSameIsolationLevel = 112,
        /// <summary><c>25003</c> (<c>inappropriate_access_mode_for_branch_transaction</c>)</summary>
        InappropriateAccessModeForBranchTransaction = 113,
        /// <summary><c>25004</c> (<c>inappropriate_isolation_level_for_branch_transaction</c>)</summary>
        InappropriateIsolationLevelForBranchTransaction = 114,
        /// <summary><c>25005</c> (<c>no_active_sql_transaction_for_branch_transaction</c>)</summary>
        NoActiveSqlTransactionForBranchTransaction = 115,
        /// <summary><c>25006</c> (<c>read_only_sql_transaction</c>)</summary>
        ReadOnlySqlTransaction = 116,
        /// <summary><c>25007</c> (<c>schema_and_data_statement_mixing_not_supported</c>)</summary>
        SchemaAndDataStatementMixingNotSupported = 117,
        /// <summary><c>25P01</c> (<c>no_active_sql_transaction</c>)</summary>
        NoActiveSqlTransaction = 118,
        /// <summary><c>25P02</c> (<c>in_failed_sql_transaction</c>)</summary>
        InFailedSqlTransaction = 119,
        /// <summary><c>25P03</c> (<c>idle_in_transaction_session_timeout</c>)</summary>
        IdleInTransactionSessionTimeout = 120,
        /// <summary><c>25P04</c> (<c>transaction_timeout</c>)</summary>
        TransactionTimeout = 121,
        /// <summary><c>26000</c> (<c>invalid_sql_statement_name</c>)</summary>
        InvalidSqlStatementName = 122,
        /// <summary><c>27000</c> (<c>triggered_data_change_violation</c>)</summary>
        TriggeredDataChangeViolation = 123,
        /// <summary><c>28000</c> (<c>invalid_authorization_specification</c>)</summary>
        InvalidAuthorizationSpecification = 124,
        /// <summary><c>28P01</c> (<c>invalid_password</c>)</summary>
        InvalidPassword = 125,
        /// <summary><c>2B000</c> (<c>dependent_privilege_descriptors_still_exist</c>)</summary>
        DependentPrivilegeDescriptorsStillExist = 126,
        /// <summary><c>2BP01</c> (<c>dependent_objects_still_exist</c>)</summary>
        DependentObjectsStillExist = 127,
        /// <summary><c>2D000</c> (<c>invalid_transaction_termination</c>)</summary>
        InvalidTransactionTermination = 128,
        /// <summary><c>2F000</c> (<c>sql_routine_exception</c>)</summary>
        SqlRoutineException = 129,
        /// <summary><c>2F005</c> (<c>function_executed_no_return_statement</c>)</summary>
        FunctionExecutedNoReturnStatement = 130,
        /// <summary><c>2F002</c> (<c>modifying_sql_data_not_permitted</c>)</summary>
        ModifyingSqlDataNotPermitted = 131,
        /// <summary><c>2F003</c> (<c>prohibited_sql_statement_attempted</c>)</summary>
        ProhibitedSqlStatementAttempted = 132,
        /// <summary><c>2F004</c> (<c>reading_sql_data_not_permitted</c>)</summary>
        ReadingSqlDataNotPermitted = 133,
        /// <summary><c>34000</c> (<c>invalid_cursor_name</c>)</summary>
        InvalidCursorName = 134,
        /// <summary><c>38000</c> (<c>external_routine_exception</c>)</summary>
        ExternalRoutineException = 135,
        /// <summary><c>38001</c> (<c>containing_sql_not_permitted</c>)</summary>
        ContainingSqlNotPermitted = 136,
        /// <summary><c>38002</c> (<c>modifying_sql_data_not_permitted</c>)</summary>
        ModifyingSqlDataNotPermitted38002 = 137,
        /// <summary><c>38003</c> (<c>prohibited_sql_statement_attempted</c>)</summary>
        ProhibitedSqlStatementAttempted38003 = 138,
        /// <summary><c>38004</c> (<c>reading_sql_data_not_permitted</c>)</summary>
        ReadingSqlDataNotPermitted38004 = 139,
        /// <summary><c>39000</c> (<c>external_routine_invocation_exception</c>)</summary>
        ExternalRoutineInvocationException = 140,
        /// <summary><c>39001</c> (<c>invalid_sqlstate_returned</c>)</summary>
        InvalidSqlstateReturned = 141,
        /// <summary><c>39004</c> (<c>null_value_not_allowed</c>)</summary>
        NullValueNotAllowed39004 = 142,
        /// <summary><c>39P01</c> (<c>trigger_protocol_violated</c>)</summary>
        TriggerProtocolViolated = 143,
        /// <summary><c>39P02</c> (<c>srf_protocol_violated</c>)</summary>
        SrfProtocolViolated = 144,
        /// <summary><c>39P03</c> (<c>event_trigger_protocol_violated</c>)</summary>
        EventTriggerProtocolViolated = 145,
        /// <summary><c>3B000</c> (<c>savepoint_exception</c>)</summary>
        SavepointException = 146,
        /// <summary><c>3B001</c> (<c>invalid_savepoint_specification</c>)</summary>
        InvalidSavepointSpecification = 147,
        /// <summary><c>3D000</c> (<c>invalid_catalog_name</c>)</summary>
        InvalidCatalogName = 148,
        /// <summary><c>3F000</c> (<c>invalid_schema_name</c>)</summary>
        InvalidSchemaName = 149,
        /// <summary><c>40000</c> (<c>transaction_rollback</c>)</summary>
        TransactionRollback = 150,
        /// <summary><c>40002</c> (<c>transaction_integrity_constraint_violation</c>)</summary>
        TransactionIntegrityConstraintViolation = 151,
        /// <summary><c>40001</c> (<c>serialization_failure</c>)</summary>
        SerializationFailure = 152,
        /// <summary><c>40003</c> (<c>statement_completion_unknown</c>)</summary>
        StatementCompletionUnknown = 153,
        /// <summary><c>40P01</c> (<c>deadlock_detected</c>)</summary>
        DeadlockDetected = 154,
        /// <summary><c>42000</c> (<c>syntax_error_or_access_rule_violation</c>)</summary>
        SyntaxErrorOrAccessRuleViolation = 155,
        /// <summary><c>42601</c> (<c>syntax_error</c>)</summary>
        SyntaxError = 156,
        /// <summary><c>42501</c> (<c>insufficient_privilege</c>)</summary>
        InsufficientPrivilege = 157,
        /// <summary><c>42846</c> (<c>cannot_coerce</c>)</summary>
        CannotCoerce = 158,
        /// <summary><c>42803</c> (<c>grouping_error</c>)</summary>
        GroupingError = 159,
        /// <summary><c>42P20</c> (<c>windowing_error</c>)</summary>
        WindowingError = 160,
        /// <summary><c>42P19</c> (<c>invalid_recursion</c>)</summary>
        InvalidRecursion = 161,
        /// <summary><c>42830</c> (<c>invalid_foreign_key</c>)</summary>
        InvalidForeignKey = 162,
        /// <summary><c>42602</c> (<c>invalid_name</c>)</summary>
        InvalidName = 163,
        /// <summary><c>42622</c> (<c>name_too_long</c>)</summary>
        NameTooLong = 164,
        /// <summary><c>42939</c> (<c>reserved_name</c>)</summary>
        ReservedName = 165,
        /// <summary><c>42804</c> (<c>datatype_mismatch</c>)</summary>
        DatatypeMismatch = 166,
        /// <summary><c>42P18</c> (<c>indeterminate_datatype</c>)</summary>
        IndeterminateDatatype = 167,
        /// <summary><c>42P21</c> (<c>collation_mismatch</c>)</summary>
        CollationMismatch = 168,
        /// <summary><c>42P22</c> (<c>indeterminate_collation</c>)</summary>
        IndeterminateCollation = 169,
        /// <summary><c>42809</c> (<c>wrong_object_type</c>)</summary>
        WrongObjectType = 170,
        /// <summary><c>428C9</c> (<c>generated_always</c>)</summary>
        GeneratedAlways = 171,
        /// <summary><c>42703</c> (<c>undefined_column</c>)</summary>
        UndefinedColumn = 172,
        /// <summary><c>34000</c> (no condition name)</summary>
        UndefinedCursor = 134,
        /// <summary><c>3D000</c> (no condition name)</summary>
        UndefinedDatabase = 148,
        /// <summary><c>42883</c> (<c>undefined_function</c>)</summary>
        UndefinedFunction = 173,
        /// <summary><c>26000</c> (no condition name)</summary>
        UndefinedPstatement = 122,
        /// <summary><c>3F000</c> (no condition name)</summary>
        UndefinedSchema = 149,
        /// <summary><c>42P01</c> (<c>undefined_table</c>)</summary>
        UndefinedTable = 174,
        /// <summary><c>42P02</c> (<c>undefined_parameter</c>)</summary>
        UndefinedParameter = 175,
        /// <summary><c>42704</c> (<c>undefined_object</c>)</summary>
        UndefinedObject = 176,
        /// <summary><c>42701</c> (<c>duplicate_column</c>)</summary>
        DuplicateColumn = 177,
        /// <summary><c>42P03</c> (<c>duplicate_cursor</c>)</summary>
        DuplicateCursor = 178,
        /// <summary><c>42P04</c> (<c>duplicate_database</c>)</summary>
        DuplicateDatabase = 179,
        /// <summary><c>42723</c> (<c>duplicate_function</c>)</summary>
        DuplicateFunction = 180,
        /// <summary><c>42P05</c> (<c>duplicate_prepared_statement</c>)</summary>
        DuplicatePreparedStatement = 181,
        /// <summary><c>42P06</c> (<c>duplicate_schema</c>)</summary>
        DuplicateSchema = 182,
        /// <summary><c>42P07</c> (<c>duplicate_table</c>)</summary>
        DuplicateTable = 183,
        /// <summary><c>42712</c> (<c>duplicate_alias</c>)</summary>
        DuplicateAlias = 184,
        /// <summary><c>42710</c> (<c>duplicate_object</c>)</summary>
        DuplicateObject = 185,
        /// <summary><c>42702</c> (<c>ambiguous_column</c>)</summary>
        AmbiguousColumn = 186,
        /// <summary><c>42725</c> (<c>ambiguous_function</c>)</summary>
        AmbiguousFunction = 187,
        /// <summary><c>42P08</c> (<c>ambiguous_parameter</c>)</summary>
        AmbiguousParameter = 188,
        /// <summary><c>42P09</c> (<c>ambiguous_alias</c>)</summary>
        AmbiguousAlias = 189,
        /// <summary><c>42P10</c> (<c>invalid_column_reference</c>)</summary>
        InvalidColumnReference = 190,
        /// <summary><c>42611</c> (<c>invalid_column_definition</c>)</summary>
        InvalidColumnDefinition = 191,
        /// <summary><c>42P11</c> (<c>invalid_cursor_definition</c>)</summary>
        InvalidCursorDefinition = 192,
        /// <summary><c>42P12</c> (<c>invalid_database_definition</c>)</summary>
        InvalidDatabaseDefinition = 193,
        /// <summary><c>42P13</c> (<c>invalid_function_definition</c>)</summary>
        InvalidFunctionDefinition = 194,
        /// <summary><c>42P14</c> (<c>invalid_prepared_statement_definition</c>)</summary>
        InvalidPreparedStatementDefinition = 195,
        /// <summary><c>42P15</c> (<c>invalid_schema_definition</c>)</summary>
        InvalidSchemaDefinition = 196,
        /// <summary><c>42P16</c> (<c>invalid_table_definition</c>)</summary>
        InvalidTableDefinition = 197,
        /// <summary><c>42P17</c> (<c>invalid_object_definition</c>)</summary>
        InvalidObjectDefinition = 198,
        /// <summary><c>44000</c> (<c>with_check_option_violation</c>)</summary>
        WithCheckOptionViolation = 199,
        /// <summary><c>53000</c> (<c>insufficient_resources</c>)</summary>
        InsufficientResources = 200,
        /// <summary><c>53100</c> (<c>disk_full</c>)</summary>
        DiskFull = 201,
        /// <summary><c>53200</c> (<c>out_of_memory</c>)</summary>
        OutOfMemory = 202,
        /// <summary><c>53300</c> (<c>too_many_connections</c>)</summary>
        TooManyConnections = 203,
        /// <summary><c>53400</c> (<c>configuration_limit_exceeded</c>)</summary>
        ConfigurationLimitExceeded = 204,
        /// <summary><c>54000</c> (<c>program_limit_exceeded</c>)</summary>
        ProgramLimitExceeded = 205,
        /// <summary><c>54001</c> (<c>statement_too_complex</c>)</summary>
        StatementTooComplex = 206,
        /// <summary><c>54011</c> (<c>too_many_columns</c>)</summary>
        TooManyColumns = 207,
        /// <summary><c>54023</c> (<c>too_many_arguments</c>)</summary>
        TooManyArguments = 208,
        /// <summary><c>55000</c> (<c>object_not_in_prerequisite_state</c>)</summary>
        ObjectNotInPrerequisiteState = 209,
        /// <summary><c>55006</c> (<c>object_in_use</c>)</summary>
        ObjectInUse = 210,
        /// <summary><c>55P02</c> (<c>cant_change_runtime_param</c>)</summary>
        CantChangeRuntimeParam = 211,
        /// <summary><c>55P03</c> (<c>lock_not_available</c>)</summary>
        LockNotAvailable = 212,
        /// <summary><c>55P04</c> (<c>unsafe_new_enum_value_usage</c>)</summary>
        UnsafeNewEnumValueUsage = 213,
        /// <summary><c>57000</c> (<c>operator_intervention</c>)</summary>
        OperatorIntervention = 214,
        /// <summary><c>57014</c> (<c>query_canceled</c>)</summary>
        QueryCanceled = 215,
        /// <summary><c>57P01</c> (<c>admin_shutdown</c>)</summary>
        AdminShutdown = 216,
        /// <summary><c>57P02</c> (<c>crash_shutdown</c>)</summary>
        CrashShutdown = 217,
        /// <summary><c>57P03</c> (<c>cannot_connect_now</c>)</summary>
        CannotConnectNow = 218,
        /// <summary><c>57P04</c> (<c>database_dropped</c>)</summary>
        DatabaseDropped = 219,
        /// <summary><c>57P05</c> (<c>idle_session_timeout</c>)</summary>
        IdleSessionTimeout = 220,
        /// <summary><c>58000</c> (<c>system_error</c>)</summary>
        SystemError = 221,
        /// <summary><c>58030</c> (<c>io_error</c>)</summary>
        IoError = 222,
        /// <summary><c>58P01</c> (<c>undefined_file</c>)</summary>
        UndefinedFile = 223,
        /// <summary><c>58P02</c> (<c>duplicate_file</c>)</summary>
        DuplicateFile = 224,
        /// <summary><c>58P03</c> (<c>file_name_too_long</c>)</summary>
        FileNameTooLong = 225,
        /// <summary><c>F0000</c> (<c>config_file_error</c>)</summary>
        ConfigFileError = 226,
        /// <summary><c>F0001</c> (<c>lock_file_exists</c>)</summary>
        LockFileExists = 227,
        /// <summary><c>HV000</c> (<c>fdw_error</c>)</summary>
        FdwError = 228,
        /// <summary><c>HV005</c> (<c>fdw_column_name_not_found</c>)</summary>
        FdwColumnNameNotFound = 229,
        /// <summary><c>HV002</c> (<c>fdw_dynamic_parameter_value_needed</c>)</summary>
        FdwDynamicParameterValueNeeded = 230,
        /// <summary><c>HV010</c> (<c>fdw_function_sequence_error</c>)</summary>
        FdwFunctionSequenceError = 231,
        /// <summary><c>HV021</c> (<c>fdw_inconsistent_descriptor_information</c>)</summary>
        FdwInconsistentDescriptorInformation = 232,
        /// <summary><c>HV024</c> (<c>fdw_invalid_attribute_value</c>)</summary>
        FdwInvalidAttributeValue = 233,
        /// <summary><c>HV007</c> (<c>fdw_invalid_column_name</c>)</summary>
        FdwInvalidColumnName = 234,
        /// <summary><c>HV008</c> (<c>fdw_invalid_column_number</c>)</summary>
        FdwInvalidColumnNumber = 235,
        /// <summary><c>HV004</c> (<c>fdw_invalid_data_type</c>)</summary>
        FdwInvalidDataType = 236,
        /// <summary><c>HV006</c> (<c>fdw_invalid_data_type_descriptors</c>)</summary>
        FdwInvalidDataTypeDescriptors = 237,
        /// <summary><c>HV091</c> (<c>fdw_invalid_descriptor_field_identifier</c>)</summary>
        FdwInvalidDescriptorFieldIdentifier = 238,
        /// <summary><c>HV00B</c> (<c>fdw_invalid_handle</c>)</summary>
        FdwInvalidHandle = 239,
        /// <summary><c>HV00C</c> (<c>fdw_invalid_option_index</c>)</summary>
        FdwInvalidOptionIndex = 240,
        /// <summary><c>HV00D</c> (<c>fdw_invalid_option_name</c>)</summary>
        FdwInvalidOptionName = 241,
        /// <summary><c>HV090</c> (<c>fdw_invalid_string_length_or_buffer_length</c>)</summary>
        FdwInvalidStringLengthOrBufferLength = 242,
        /// <summary><c>HV00A</c> (<c>fdw_invalid_string_format</c>)</summary>
        FdwInvalidStringFormat = 243,
        /// <summary><c>HV009</c> (<c>fdw_invalid_use_of_null_pointer</c>)</summary>
        FdwInvalidUseOfNullPointer = 244,
        /// <summary><c>HV014</c> (<c>fdw_too_many_handles</c>)</summary>
        FdwTooManyHandles = 245,
        /// <summary><c>HV001</c> (<c>fdw_out_of_memory</c>)</summary>
        FdwOutOfMemory = 246,
        /// <summary><c>HV00P</c> (<c>fdw_no_schemas</c>)</summary>
        FdwNoSchemas = 247,
        /// <summary><c>HV00J</c> (<c>fdw_option_name_not_found</c>)</summary>
        FdwOptionNameNotFound = 248,
        /// <summary><c>HV00K</c> (<c>fdw_reply_handle</c>)</summary>
        FdwReplyHandle = 249,
        /// <summary><c>HV00Q</c> (<c>fdw_schema_not_found</c>)</summary>
        FdwSchemaNotFound = 250,
        /// <summary><c>HV00R</c> (<c>fdw_table_not_found</c>)</summary>
        FdwTableNotFound = 251,
        /// <summary><c>HV00L</c> (<c>fdw_unable_to_create_execution</c>)</summary>
        FdwUnableToCreateExecution = 252,
        /// <summary><c>HV00M</c> (<c>fdw_unable_to_create_reply</c>)</summary>
        FdwUnableToCreateReply = 253,
        /// <summary><c>HV00N</c> (<c>fdw_unable_to_establish_connection</c>)</summary>
        FdwUnableToEstablishConnection = 254,
        /// <summary><c>P0000</c> (<c>plpgsql_error</c>)</summary>
        PlpgsqlError = 255,
        /// <summary><c>P0001</c> (<c>raise_exception</c>)</summary>
        RaiseException = 256,
        /// <summary><c>P0002</c> (<c>no_data_found</c>)</summary>
        NoDataFound = 257,
        /// <summary><c>P0003</c> (<c>too_many_rows</c>)</summary>
        TooManyRows = 258,
        /// <summary><c>P0004</c> (<c>assert_failure</c>)</summary>
        AssertFailure = 259,
        /// <summary><c>XX000</c> (<c>internal_error</c>)</summary>
        InternalError = 260,
        /// <summary><c>XX001</c> (<c>data_corrupted</c>)</summary>
        DataCorrupted = 261,
        /// <summary><c>XX002</c> (<c>index_corrupted</c>)</summary>
        IndexCorrupted = 262
    }

    /// <summary>Lookups of the SQLSTATE catalog by its string codes.</summary>
    public static class SqlstateErrorCodes
    {
        // The generated class keeps its tables private; here the benchmark reads them to check them against the builder.
        internal const uint CodeHashSeed = 0x811C9DC5u;
        internal const int MinCodeLength = 5;
        internal const int MaxCodeLength = 5;
        internal const int CodeBucketShift = 24;
        internal const int CodeSlotShift = 23;

        /// <summary>The code of enum value <c>v</c> is at <c>v - 1</c>.</summary>
        internal static readonly string[] Codes = new string[]
        {
            "00000", "01000", "0100C", "01008", "01003", "01007", "01006", "01004", "01P01", "02000",
            "02001", "03000", "08000", "08003", "08006", "08001", "08004", "08007", "08P01", "09000",
            "0A000", "0B000", "0F000", "0F001", "0L000", "0LP01", "0P000", "0Z000", "0Z002", "10608",
            "20000", "21000", "22000", "2202E", "22021", "22008", "22012", "22005", "2200B", "22022",
            "22015", "2201E", "22014", "22016", "2201F", "2201G", "22018", "22007", "22019", "2200D",
            "22025", "22P06", "22010", "22023", "22013", "2201B", "2201W", "2201X", "2202H", "2202G",
            "22009", "2200C", "2200G", "22004", "22002", "22003", "2200H", "22026", "22001", "22011",
            "22027", "22024", "2200F", "22P01", "22P02", "22P03", "22P04", "22P05", "2200L", "2200M",
            "2200N", "2200S", "2200T", "22030", "22031", "22032", "22033", "22034", "22035", "22036",
            "22037", "22038", "22039", "2203A", "2203B", "2203C", "2203D", "2203E", "2203F", "2203G",
            "23000", "23001", "23502", "23503", "23505", "23514", "23P01", "24000", "25000", "25001",
            "25002", "25008", "25003", "25004", "25005", "25006", "25007", "25P01", "25P02", "25P03",
            "25P04", "26000", "27000", "28000", "28P01", "2B000", "2BP01", "2D000", "2F000", "2F005",
            "2F002", "2F003", "2F004", "34000", "38000", "38001", "38002", "38003", "38004", "39000",
            "39001", "39004", "39P01", "39P02", "39P03", "3B000", "3B001", "3D000", "3F000", "40000",
            "40002", "40001", "40003", "40P01", "42000", "42601", "42501", "42846", "42803", "42P20",
            "42P19", "42830", "42602", "42622", "42939", "42804", "42P18", "42P21", "42P22", "42809",
            "428C9", "42703", "42883", "42P01", "42P02", "42704", "42701", "42P03", "42P04", "42723",
            "42P05", "42P06", "42P07", "42712", "42710", "42702", "42725", "42P08", "42P09", "42P10",
            "42611", "42P11", "42P12", "42P13", "42P14", "42P15", "42P16", "42P17", "44000", "53000",
            "53100", "53200", "53300", "53400", "54000", "54001", "54011", "54023", "55000", "55006",
            "55P02", "55P03", "55P04", "57000", "57014", "57P01", "57P02", "57P03", "57P04", "57P05",
            "58000", "58030", "58P01", "58P02", "58P03", "F0000", "F0001", "HV000", "HV005", "HV002",
            "HV010", "HV021", "HV024", "HV007", "HV008", "HV004", "HV006", "HV091", "HV00B", "HV00C",
            "HV00D", "HV090", "HV00A", "HV009", "HV014", "HV001", "HV00P", "HV00J", "HV00K", "HV00Q",
            "HV00R", "HV00L", "HV00M", "HV00N", "P0000", "P0001", "P0002", "P0003", "P0004", "XX000",
            "XX001", "XX002",
        };

        /// <summary>Per bucket (the hash's top bits), the value xor-ed into the hash of its codes: one char each, as every
        /// displacement is below 2^16.</summary>
        internal static readonly string CodeDisplacements = "\0\0\0\0\0\0\0\0\0\0\0\0\0\u0002\0\0\0\0\0\0\0\0\u0002\u0001\0\0\u0001\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u0001\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u0001\0\0\0\0\0\0\0\0\u0001\0\0\0\0\0\0\u0001\0\0\u0002\0\0\0\u0002\0\0\u0003\u0001\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u0003\u0001\0\u0001\u0002\u0001\0\0\0\0\u0004\0\0\u0001\0\0\0\u0001\u0002\u0001\u0002\u0001\u0001\0\0\u0001\0\u0001\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u0001\u0001\0\u0002\0\0\0\0\0\0\0\0\u0003\u0002\u0001\0\0\0\0\u0001\0\u0001\0\0\0\u0002\u0002\0\0\0\0\0\u0006\0\u0001\0\0\u0002\0\0\0\0\0\0\u0008\0\0\0\u0002\0\0\u0001\0\0\0\0\0\0\u0002\0\0\0\u0001\0\0\0\0\0\u0001\0\0\0\u0006\0\u0003\u0002\u0002\0\u0001\0\u0005\u0002\0\u0003\0\u0001\0\0\0\u0002\0\0\0\0\0\0\0\0\0\0\0\0\u0006\0\0\u0007\0";

        /// <summary>Per slot, the enum value of the one code stored there with its hash's low 12 bits above bit 20, or 0.</summary>
        internal static readonly int[] CodeSlots = CreateCodeSlots();

        /// <summary>Whether the catalog defines <paramref name="code"/>, compared ordinally (case and spaces count).</summary>
        public static bool IsDefined(string? code) => FindCode(code) != 0;

        /// <summary>The member for <paramref name="code"/>; <see langword="false"/> and the default value for any other text.</summary>
        public static bool TryFromCode(string? code, out SqlstateErrorCode errorCode)
        {
            int value = FindCode(code);
            errorCode = (SqlstateErrorCode)value;
            return value != 0;
        }

        /// <summary>The vendor's code of <paramref name="errorCode"/>, or an empty string for a value the enum does not define.</summary>
        public static string GetCode(this SqlstateErrorCode errorCode)
        {
            uint index = unchecked((uint)errorCode - 1u);
            return index < (uint)Codes.Length ? Codes[index] : "";
        }

        /// <summary>The enum value of <paramref name="code"/>, or 0.</summary>
        private static int FindCode(string? code)
        {
            // One unsigned comparison rejects every length no code has (null and the empty string too).
            if ((object?)code == null || unchecked((uint)(code.Length - MinCodeLength)) > (uint)(MaxCodeLength - MinCodeLength))
            {
                return 0;
            }

            uint hash = CodeHash(code);

            // A slot holds its code's value under 2^20 and its hash's low 12 bits above: the xor leaves the value only
            // when those bits match, so an empty slot and almost every other text fail the comparison before any string does.
            uint index = unchecked(((uint)CodeSlots[CodeSlot(hash)] ^ (hash << 20)) - 1u);
            return index < 0xFFFFFu && string.Equals(Codes[index], code) ? (int)index + 1 : 0;
        }

        /// <summary>The seeded hash of <paramref name="code"/>: FNV-1a's step over pairs of chars, then the odd last char.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint CodeHash(string code)
        {
            // unchecked: a consumer compiled with CheckForOverflowUnderflow must not throw here.
            uint hash = CodeHashSeed ^ (uint)code.Length;
            int i = 0;
            for (; i + 1 < code.Length; i += 2)
            {
                hash = unchecked((hash ^ (code[i] | ((uint)code[i + 1] << 16))) * 16777619u);
            }

            if (i < code.Length)
            {
                hash = unchecked((hash ^ code[i]) * 16777619u);
            }

            return hash;
        }

        /// <summary>The slot of a hash: its bucket's displacement xor-ed in, then mixed into the slot bits.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint CodeSlot(uint hash) => unchecked((hash ^ CodeDisplacements[(int)(hash >> CodeBucketShift)]) * 0x9E3779B1u) >> CodeSlotShift;

        private static int[] CreateCodeSlots()
        {
            string[] codes = Codes;
            var slots = new int[1 << (32 - CodeSlotShift)];
            for (int i = 0; i < codes.Length; i++)
            {
                if (codes[i].Length != 0)
                {
                    uint hash = CodeHash(codes[i]);
                    slots[CodeSlot(hash)] = unchecked((int)((hash << 20) | (uint)(i + 1)));
                }
            }

            return slots;
        }
    }
}
