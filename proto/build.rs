//! Compiles `greenroom/v1/*.proto` with the pure-Rust `protox` (no system `protoc`),
//! generates prost messages and tonic stubs from the descriptor set, proto3 JSON
//! (serde) through pbjson, and writes the encoded set for server reflection.

use std::{env, fs, path::PathBuf};

use prost::Message;

const PROTOS: &[&str] = &[
    "greenroom/v1/types.proto",
    "greenroom/v1/events.proto",
    "greenroom/v1/entities.proto",
    "greenroom/v1/documents.proto",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    for proto in PROTOS {
        println!("cargo:rerun-if-changed={proto}");
    }

    let descriptors = protox::compile(PROTOS, ["."])?;
    let encoded = descriptors.encode_to_vec();
    fs::write(out_dir.join("greenroom_descriptor.bin"), &encoded)?;

    tonic_prost_build::configure()
        .compile_well_known_types(true)
        .extern_path(".google.protobuf", "::pbjson_types")
        .compile_fds(descriptors)?;

    pbjson_build::Builder::new()
        .register_descriptors(&encoded)?
        .build(&[".greenroom.v1"])?;
    Ok(())
}
