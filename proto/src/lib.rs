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
