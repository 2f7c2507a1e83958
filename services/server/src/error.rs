//! The service's errors and their one mapping to gRPC statuses.
//!
//! Handlers return [`ServiceError`]; the adapter turns it into a [`tonic::Status`]
//! through the single `From` impl below, an exhaustive match, so a new store error
//! cannot slip through unmapped.

use greenroom_store::StoreError;
use tonic::{Code, Status};

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// A request field is malformed or out of range.
    #[error("{field}: {reason}")]
    InvalidArgument {
        /// The offending field, as the proto names it (`filter.min_year`).
        field: &'static str,
        /// What is wrong with it and what would be accepted.
        reason: String,
    },
    /// The resource a Get asked for does not exist.
    #[error("{resource} {id:?} not found")]
    NotFound {
        /// What was looked up (`event`, `entity`, `document`).
        resource: &'static str,
        /// The id or name asked for.
        id: String,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A store task died (panicked or was cancelled) before answering.
    #[error("store task failed: {0}")]
    TaskFailed(String),
}

impl ServiceError {
    /// A shorthand for [`ServiceError::InvalidArgument`].
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> ServiceError {
        ServiceError::InvalidArgument {
            field,
            reason: reason.into(),
        }
    }

    /// A shorthand for [`ServiceError::NotFound`].
    pub fn not_found(resource: &'static str, id: impl Into<String>) -> ServiceError {
        ServiceError::NotFound {
            resource,
            id: id.into(),
        }
    }
}

impl From<ServiceError> for Status {
    fn from(error: ServiceError) -> Status {
        let message = error.to_string();
        let code = match &error {
            ServiceError::InvalidArgument { .. } => Code::InvalidArgument,
            ServiceError::NotFound { .. } => Code::NotFound,
            ServiceError::TaskFailed(_) => Code::Internal,
            ServiceError::Store(store) => match store {
                // The store's message already names `page_token`.
                StoreError::InvalidPageToken(_) => Code::InvalidArgument,
                // Transient: another process holds the store, or the disk failed.
                StoreError::Locked { .. } | StoreError::Engine(_) => Code::Unavailable,
                // The data itself is bad: retrying will not help.
                StoreError::SchemaMismatch { .. }
                | StoreError::Corrupt { .. }
                | StoreError::Decode { .. } => Code::Internal,
            },
        };
        Status::new(code, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_argument_names_the_field() {
        let status = Status::from(ServiceError::invalid(
            "filter.min_year",
            "must not be negative",
        ));
        assert_eq!(status.code(), Code::InvalidArgument);
        assert_eq!(status.message(), "filter.min_year: must not be negative");
    }

    #[test]
    fn not_found_names_the_resource() {
        let status = Status::from(ServiceError::not_found("event", "abc"));
        assert_eq!(status.code(), Code::NotFound);
        assert_eq!(status.message(), "event \"abc\" not found");
    }

    #[test]
    fn bad_page_token_is_invalid_argument_naming_page_token() {
        let status = Status::from(ServiceError::from(StoreError::InvalidPageToken(
            "not base64".into(),
        )));
        assert_eq!(status.code(), Code::InvalidArgument);
        assert!(
            status.message().contains("page_token"),
            "{}",
            status.message()
        );
    }

    #[test]
    fn store_failures_are_internal_or_unavailable() {
        let cases = [
            (StoreError::Engine("disk full".into()), Code::Unavailable),
            (StoreError::Locked { path: "db".into() }, Code::Unavailable),
            (
                StoreError::Decode {
                    key: "e/1".into(),
                    reason: "bad varint".into(),
                },
                Code::Internal,
            ),
            (
                StoreError::Corrupt {
                    path: "db".into(),
                    reason: "garbage".into(),
                },
                Code::Internal,
            ),
            (
                StoreError::SchemaMismatch {
                    path: "db".into(),
                    found: 0,
                    expected: 1,
                },
                Code::Internal,
            ),
        ];
        for (error, code) in cases {
            let text = error.to_string();
            let status = Status::from(ServiceError::from(error));
            assert_eq!(status.code(), code, "{text}");
            assert_eq!(status.message(), text);
        }
        let status = Status::from(ServiceError::TaskFailed("panicked".into()));
        assert_eq!(status.code(), Code::Internal);
        assert!(status.message().contains("panicked"));
    }
}
