//! The `greenroom.v1` contract, shared by the store, the worker and the service.
//!
//! Messages and gRPC stubs are generated at build time from `greenroom/v1/*.proto`;
//! every message also (de)serializes as canonical proto3 JSON, exactly as grpcurl
//! prints it. [`FILE_DESCRIPTOR_SET`] feeds server reflection.

pub mod merge;

/// Generated `greenroom.v1` messages, clients and servers.
#[allow(clippy::all, clippy::pedantic, missing_docs)]
pub mod v1 {
    tonic::include_proto!("greenroom.v1");
    include!(concat!(env!("OUT_DIR"), "/greenroom.v1.serde.rs"));
}

/// The encoded `FileDescriptorSet` of every greenroom.v1 file, for server reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/greenroom_descriptor.bin"));

#[cfg(test)]
mod tests {
    use super::v1::{Award, EntityKind, EntityRef, Event, EventKind, EventStatus, event::Details};

    #[test]
    fn events_print_as_canonical_proto3_json() {
        let event = Event {
            id: "ev-1".to_owned(),
            kind: EventKind::Award as i32,
            year: 2019,
            status: EventStatus::Occurred as i32,
            details: Some(Details::Award(Award {
                recipients: vec![EntityRef {
                    id: "bts".to_owned(),
                    name: "BTS".to_owned(),
                    kind: EntityKind::Group as i32,
                }],
                category: "Top Social Artist".to_owned(),
                work: None,
            })),
            ..Event::default()
        };

        let json: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&event).unwrap()).unwrap();

        assert_eq!(json["kind"], "EVENT_KIND_AWARD");
        assert_eq!(json["status"], "EVENT_STATUS_OCCURRED");
        assert_eq!(json["award"]["recipients"][0]["kind"], "ENTITY_KIND_GROUP");
        assert_eq!(json["award"]["category"], "Top Social Artist");
        assert_eq!(json["year"], 2019);
        assert!(
            json.get("date").is_none(),
            "defaults are omitted, as grpcurl does"
        );
        let back: Event = serde_json::from_value(json).unwrap();
        assert_eq!(back, event);
    }

    #[test]
    fn the_descriptor_set_holds_every_service() {
        use prost::Message;
        let set = pbjson_types::FileDescriptorSet::decode(super::FILE_DESCRIPTOR_SET).unwrap();
        let services: Vec<&str> = set
            .file
            .iter()
            .flat_map(|file| file.service.iter().filter_map(|s| s.name.as_deref()))
            .collect();
        assert_eq!(
            services,
            ["EventService", "EntityService", "DocumentService"]
        );
    }
}
